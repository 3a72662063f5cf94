package de.norderstedt.go.e2e;

import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.TestNotifications;
import de.norderstedt.go.notifications.OutboxMail;
import de.norderstedt.go.notifications.TestMails;
import de.norderstedt.go.news.TestNews;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.courses.NewPlace;
import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/**
 * Every page there is, in German and English, normal and high contrast, 100 % and 200 %
 * text: no axe violation, no horizontal scrolling (also at 320 px), big enough targets.
 */
class EveryPageAccessibilityEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses testCourses;

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

	@Autowired
	ParticipantService participants;

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestNotifications testNotifications;

	@Autowired
	TestMails mails;

	@Autowired
	TestNews testNews;

	static Stream<Arguments> displays() {
		List<Arguments> displays = new ArrayList<>();
		for (String language : new String[] { "de", "en" }) {
			for (boolean highContrast : new boolean[] { false, true }) {
				for (int size : new int[] { 100, 200 }) {
					displays.add(Arguments.of(language, highContrast, size));
				}
			}
		}
		return displays.stream();
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}, high contrast {1}, {2} %")
	@MethodSource("displays")
	void every_page_passes_in_this_display(String language, boolean highContrast, int size) {
		boolean german = language.equals("de");
		String display = language + "-" + (highContrast ? "high" : "normal") + "-" + size;

		open("/");
		setDisplay(language, highContrast, size);
		check("home", display, 48);

		open("/anmelden");
		check("login", display, 48);
		open("/anmelden?error");
		assertThat(this.page.getByText(german ? "Anmeldung nicht möglich" : "Could not sign you in")).isVisible();
		check("login-error", display, 48);
		open("/gibt-es-nicht");
		check("not-found", display, 48);
		open("/barrierefreiheit");
		check("accessibility-statement", display, 48);
		open("/leichte-sprache");
		check("easy-language", display, 48);

		open("/einstellungskarte");
		check("profile-card", display, 48);
		open("/weitermachen?grund=expired");
		check("handoff-failed", display, 48);

		// courses for residents: list, course page, booking form with an error, ticket,
		// unknown ticket, finding a booking
		long date = this.testCourses.dateWithCapacity(2);
		long course = this.courses.courseOfDate(date).orElseThrow();
		Booking booking = this.bookings
			.book(new BookingRequest(date, "Helga Hansen", "040 " + System.nanoTime() % 100000, null, false));
		open("/kurse");
		check("courses", display, 48);
		open("/kurse/" + course);
		check("course", display, 48);
		open("/kurse/buchen/" + date);
		button(german ? "Verbindlich buchen" : "Book now").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).isVisible();
		check("course-booking-error", display, 48);
		open("/ticket/" + booking.code());
		assertThat(this.page.locator("#ticket-code")).isVisible();
		check("course-ticket", display, 48);
		open("/ticket/ZZZZZZZZ");
		check("course-ticket-unknown", display, 48);
		open("/buchung");
		check("course-find-booking", display, 48);

		// tutorials: the list, a step with a practice, continuing with a code (refused)
		open("/lernen");
		check("tutorials", display, 48);
		open("/lernen/touchscreen-basics/2");
		check("tutorial-step", display, 48);
		open("/lernen/fortsetzen?code=ZZZ999");
		// the field's error, and the copy Vaadin puts into its live region for screen
		// readers
		assertThat(this.page
			.getByText(german ? "Diesen Code kennen wir nicht" : "We do not know this code",
					new com.microsoft.playwright.Page.GetByTextOptions())
			.first()).isVisible();
		check("tutorial-resume-refused", display, 48);

		// city news (#8): the list, one announcement with its picture, an unknown one
		long news = this.testNews.published("Stadtfest " + display);
		open("/neuigkeiten");
		check("news", display, 48);
		open("/neuigkeiten/" + news);
		check("news-announcement", display, 48);
		open("/neuigkeiten/999999999");
		check("news-announcement-unknown", display, 48);

		// the welcome screen has no session: it speaks the device's language, in the
		// default display
		enrollThisBrowser(120, language);
		open("/kiosk");
		check("kiosk-welcome", display, 64);
		link(german ? "Tippen Sie hier, um zu beginnen" : "Tap here to begin").click();
		assertThat(heading1()).hasText(german ? "Was möchten Sie tun?" : "What would you like to do?");
		setDisplay(language, highContrast, size);
		check("kiosk-start", display, 64);
		open("/kiosk/neuigkeiten/" + news);
		check("kiosk-news-announcement", display, 64);
		open("/kiosk/rueckmeldung");
		this.page.getByLabel(german ? "Ihre Nachricht" : "Your message").click();
		assertThat(this.page.getByRole(AriaRole.GROUP, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName(german ? "Bildschirmtastatur" : "On-screen keyboard"))).isVisible();
		check("kiosk-feedback-keyboard", display, 64, false);
		open("/kiosk/karte");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText(german ? "keine Kamera" : "no camera")))
			.isVisible();
		// no black box where no camera picture will come
		assertThat(this.page.locator("video")).isHidden();
		check("kiosk-profile-card", display, 64);
		checkKioskCourses(german, display);
		open("/kiosk/lernen");
		check("kiosk-tutorials", display, 64);
		open("/kiosk/lernen/fortsetzen");
		check("kiosk-tutorial-resume", display, 64);

		// lockers (#7): a station with its terminal and running simulated agent; the
		// terminal's start screen and keypad
		TestLockers.TestStation lockerStation = this.testLockers
			.station("Stadtpark " + display + " " + System.nanoTime() % 100000, 1, ItemType.ROLLATOR);
		this.context.addCookies(List.of(new com.microsoft.playwright.options.Cookie(DeviceService.CREDENTIAL_COOKIE,
				lockerStation.terminalCredential())
			.setUrl(url("/"))
			.setHttpOnly(true)));
		// the display chosen on the kiosk's start screen stays for the visit
		open("/kiosk/locker");
		assertThat(heading1()).hasText(german ? "Schließfach öffnen" : "Open a locker");
		check("lockers-terminal-start", display, 64, false);
		button(german ? "Code eintippen" : "Type the code").click();
		check("lockers-terminal-keypad", display, 64, false);

		String admin = "a11y-admin-" + display;
		this.accounts.ensure(admin, Role.ADMIN);
		signInIn(language, admin);
		setDisplay(language, highContrast, size);
		check("account", display, 48);
		open("/admin/konten");
		check("admin-accounts", display, 48);
		open("/admin/rueckmeldungen");
		check("admin-feedback", display, 48);

		// trainer portal and places (courses, #5)
		TrainerPages trainerPages = trainerPages(admin, display);
		open("/trainer");
		check("trainer-courses", display, 48);
		open("/trainer/kurs/neu");
		check("trainer-new-course", display, 48);
		open("/trainer/kurs/" + trainerPages.courseId());
		check("trainer-edit-course", display, 48);
		open("/trainer/termin/" + trainerPages.dateId());
		assertThat(this.page.getByText(trainerPages.participant())).isVisible();
		check("trainer-date", display, 48);
		open("/trainer/lernen");
		check("trainer-learning", display, 48);
		open("/admin/orte");
		check("admin-places", display, 48);

		// notifications (#8): the mail outbox and one kept e-mail in the page's language
		OutboxMail kept = this.mails.inOutbox("a11y-" + display + "@example.org", german ? Language.DE : Language.EN,
				german ? "Baustelle in der Ohechaussee" : "Road works in Ohechaussee",
				german ? "Ab Montag ist die Straße in Garstedt halb gesperrt."
						: "From Monday the road in Garstedt is half closed.",
				"/nachrichten/1");
		open("/admin/postausgang");
		check("admin-mail-outbox", display, 48);
		open("/admin/postausgang/" + kept.id());
		check("admin-mail-outbox-mail", display, 48);
		// city news (#8): the newsroom, the form (with a refusal and with a preview), a
		// published announcement, topics and districts
		open("/redaktion");
		check("news-desk", display, 48);
		open("/redaktion/neu");
		button(german ? "Vorschau zeigen" : "Show preview").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(Pattern.compile(".+"))))
			.isVisible();
		check("news-edit-error", display, 48);
		open("/redaktion/" + news);
		button(german ? "Vorschau zeigen" : "Show preview").click();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName(german ? "Vorschau" : "Preview")
					.setExact(true)))
			.isVisible();
		check("news-edit-preview", display, 48);
		open("/admin/themen");
		check("news-catalogues", display, 48);

		// lockers (#7): staff pages of a station with its terminal
		long station = lockerStation.id();
		open("/schliessfaecher/verwaltung");
		check("lockers-admin", display, 48);
		open("/schliessfaecher/verwaltung/" + station);
		check("lockers-board", display, 48);
		open("/schliessfaecher/verwaltung/" + station + "/faecher");
		check("lockers-compartments", display, 48);
		open("/schliessfaecher/ueberfaellig");
		check("lockers-overdue", display, 48);
		button(german ? "Abmelden" : "Sign out").click();
		// signing out ends the session; the fresh anonymous one starts in German
		assertThat(button("Anmelden")).isVisible();

		String resident = "a11y-resident-" + display;
		this.accounts.ensure(resident, Role.RESIDENT);
		signInIn("de", resident);
		setDisplay(language, highContrast, size);
		open("/admin/konten");
		assertThat(heading1()).hasText(german ? "Kein Zugriff" : "No access");
		check("access-denied", display, 48);
		open("/kurse/buchen/" + date);
		check("course-booking-signed-in", display, 48);
		button(german ? "Verbindlich buchen" : "Book now").click();
		assertThat(this.page.locator("#ticket-state")).isVisible();
		open("/meine-buchungen");
		check("my-bookings", display, 48);
		open("/schliessfaecher");
		check("lockers-reserve", display, 48);
		open("/meine-reservierungen");
		check("my-reservations", display, 48);
		open("/schliessfaecher/reservierung/999999999");
		check("lockers-reservation-unknown", display, 48);

		// notifications (#8): the centre with an entry and the set-up offer, the
		// settings,
		// the set-up's first step
		this.testNotifications.create(this.accounts.ensure(resident, Role.RESIDENT).id(), NotificationCategory.BOOKING,
				german ? "Buchung bestätigt: Sicher im Internet" : "Booking confirmed: Safe on the internet",
				"Sie haben einen Platz.\n- Bitte bringen Sie Ihr Smartphone mit.", "/meine-buchungen", false);
		open("/benachrichtigungen");
		check("notifications-centre", display, 48);
		open("/einstellungen/benachrichtigungen");
		check("notifications-settings", display, 48);
		open("/neuigkeiten/einrichten");
		check("notifications-set-up", display, 48);
	}

	/** The course the trainer pages show. */
	record TrainerPages(long courseId, long dateId, String participant) {
	}

	/**
	 * A course with a date that has checked-in, not come, open and waiting participants,
	 * made by the admin through the services.
	 */
	private TrainerPages trainerPages(String admin, String display) {
		this.accounts.signIn(admin);
		try {
			long place = this.places.createPlace(new NewPlace("Stadtbücherei " + display + " " + System.nanoTime(),
					"Rathausallee 50, 22846 Norderstedt", true, true, false, 20));
			Instant start = Instant.now().plus(Duration.ofDays(3));
			List<Long> dates = this.courses
				.createCourse(
						new NewCourse("Sicher im Internet " + display, "Wir üben, gefälschte Nachrichten zu erkennen.",
								CourseTopic.SAFETY, CourseLevel.BEGINNER, null, place, 3, 0,
								List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90))),
										new NewCourse.Slot(start.plus(Duration.ofDays(7)),
												start.plus(Duration.ofDays(7).plusMinutes(90))))));
			long date = dates.get(0);
			Booking here = this.bookings.book(new BookingRequest(date, "Aylin Yıldız", "040 111", null, false));
			Booking away = this.bookings.book(new BookingRequest(date, "Bernd Schulz", "040 222", null, false));
			this.bookings.book(new BookingRequest(date, "Carla Petersen", "040 333", null, false));
			this.bookings.book(new BookingRequest(date, "Dieter Krause", "040 444", null, false));
			this.participants.checkInBooking(here.id());
			this.participants.markNoShow(away.id());
			return new TrainerPages(this.courses.courseOfDate(date).orElseThrow(), date, "Aylin Yıldız");
		}
		finally {
			this.accounts.signOut();
		}
	}

	/**
	 * Booking a course at the kiosk: the list, a date, a form step with the keyboard, the
	 * check and the ticket.
	 */
	private void checkKioskCourses(boolean german, String display) {
		this.accounts.ensure("a11y-courses-admin", Role.ADMIN);
		this.accounts.signIn("a11y-courses-admin");
		long place = this.places.createPlace(new NewPlace("Bücherei " + display + " " + System.nanoTime(),
				"Rathausallee 50, 22846 Norderstedt", true, true, false, 20));
		this.accounts.ensure("a11y-courses-trainer", Role.TRAINER);
		this.accounts.signIn("a11y-courses-trainer");
		Instant start = Instant.now().plus(Duration.ofDays(3));
		this.courses.createCourse(new NewCourse("Sicher im Internet", "Wir üben, wie man falsche Nachrichten erkennt.",
				CourseTopic.SAFETY, CourseLevel.BEGINNER, "Ihr Smartphone", place, 8, 500,
				List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90))))));
		this.accounts.signOut();
		enrollThisBrowserAt(place, german ? "de" : "en");
		open("/kiosk/kurse");
		check("kiosk-courses-list", display, 64);
		this.page
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Page.GetByRoleOptions()
						.setName(Pattern.compile("^Sicher im Internet")))
			.click();
		assertThat(heading1()).hasText("Sicher im Internet");
		check("kiosk-courses-date", display, 64);
		button(german ? "Diesen Kurs buchen" : "Book this course").click();
		this.page.getByLabel(german ? "Ihr Vor- und Nachname" : "Your first and last name").click();
		check("kiosk-courses-name-keyboard", display, 64, false);
		fill(german, german ? "Ihr Vor- und Nachname" : "Your first and last name", "Helga Hansen");
		button(german ? "Weiter" : "Next").click();
		assertThat(heading1()).hasText(german ? "Wie können wir Sie erreichen?" : "How can we reach you?");
		fill(german, german ? "Telefonnummer" : "Phone number", "040 " + System.nanoTime() % 1_000_000);
		button(german ? "Weiter" : "Next").click();
		assertThat(heading1()).hasText(german ? "Stimmt alles?" : "Is everything right?");
		check("kiosk-courses-check", display, 64);
		button(german ? "Jetzt verbindlich buchen" : "Book now").click();
		assertThat(heading1()).hasText(german ? "Sie sind angemeldet." : "You are booked.");
		check("kiosk-courses-ticket", display, 64);
	}

	/**
	 * Fills a kiosk field the way the on-screen keyboard does (it sends the value with a
	 * change event), and closes the keyboard with its "Done" key before the next tap
	 * (closing it moves the page).
	 */
	private void fill(boolean german, String label, String value) {
		com.microsoft.playwright.Locator field = this.page.getByLabel(label);
		field.fill(value);
		field.dispatchEvent("change");
		this.page
			.getByRole(AriaRole.GROUP,
					new com.microsoft.playwright.Page.GetByRoleOptions()
						.setName(german ? "Bildschirmtastatur" : "On-screen keyboard"))
			.getByRole(AriaRole.BUTTON, exactly(german ? "Fertig" : "Done"))
			.click();
	}

	private void check(String page, String display, int minTarget) {
		check(page, display, minTarget, true);
	}

	/**
	 * @param reflow whether to check the page at 320 px too (not with the on-screen
	 * keyboard open, which is made for the wide screens of kiosks)
	 */
	private void check(String page, String display, int minTarget, boolean reflow) {
		String name = page + "-" + display;
		assertAccessible(this.page, name);
		assertNoHorizontalScrolling(this.page, name + " at 1280 px");
		assertTouchTargets(this.page, minTarget, name);
		screenshot(this.page, "every-page/" + name);
		if (reflow && display.endsWith("-100")) {
			this.page.setViewportSize(320, 640);
			assertNoHorizontalScrolling(this.page, name + " at 320 px");
			this.page.setViewportSize(1280, 900);
		}
	}

	/** Signs in through the form in the language the page currently speaks. */
	private void signInIn(String language, String username) {
		boolean german = language.equals("de");
		open("/anmelden");
		this.page.getByLabel(german ? "Benutzername" : "Username").fill(username);
		this.page
			.getByLabel(german ? "Passwort" : "Password",
					new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill(TestAccounts.PASSWORD);
		this.page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, exactly(german ? "Anmelden" : "Sign in")).click();
		this.page.waitForURL(Pattern.compile(".*/konto$"));
		heading1().waitFor();
	}

}
