package de.norderstedt.go.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.courses.NewPlace;
import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.devices.DeviceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static de.norderstedt.go.e2e.PageChecks.setTextSize;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking a course at the library touchscreen, by touch only: the courses of the place,
 * the date, the name on the on-screen keyboard, the phone on the number pad, the check,
 * and the ticket with its QR code, read aloud, to print or to take on the phone.
 */
class KioskCoursesEndToEndTest extends EndToEndTest {

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

	@Autowired
	ParticipantService participants;

	@Test
	void helga_books_a_course_by_touch_and_gets_a_ticket_she_can_scan() {
		long place = place();
		long date = date(place, "Das Smartphone kennenlernen", 2);
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		List<String> spoken = recordSpokenTexts();

		open("/kiosk");
		link(Pattern.compile("^Kurse buchen")).tap();
		assertThat(heading1()).hasText("Welchen Kurs möchten Sie besuchen?");
		assertThat(this.page.getByText("Schritt 1 von 5")).isVisible();
		Locator card = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Das Smartphone kennenlernen")));
		assertThat(card).containsText("Noch 2 Plätze frei");
		assertThat(card).containsText("Für Einsteiger · kostenlos");
		checkPage("kiosk-courses-list-de");
		card.tap();

		assertThat(heading1()).hasText("Das Smartphone kennenlernen");
		assertThat(this.page.getByText("Schritt 2 von 5")).isVisible();
		assertThat(this.page.getByText("Wir üben Tippen, Wischen und Anrufen.")).isVisible();
		assertThat(this.page.getByText("Ihr Smartphone, aufgeladen")).isVisible();
		assertThat(this.page.getByText("Stufenloser Zugang · Induktionsschleife · Barrierefreies WC")).isVisible();
		assertThat(this.page.getByText("Noch 2 Plätze frei")).isVisible();
		checkPage("kiosk-courses-date-de");
		button("Diesen Kurs buchen").tap();

		assertThat(heading1()).hasText("Wie heißen Sie?");
		assertThat(this.page.getByText("Schritt 3 von 5")).isVisible();
		this.page.getByLabel("Ihr Vor- und Nachname").tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		assertThat(keyboard).isVisible();
		typeOnScreen(keyboard, "Helga Hansen");
		assertThat(this.page.getByLabel("Ihr Vor- und Nachname")).hasValue("Helga Hansen");
		checkPage("kiosk-courses-name-de");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();

		assertThat(heading1()).hasText("Wie können wir Sie erreichen?");
		assertThat(this.page.getByText("damit die Kursleitung Sie erreichen kann", new Page.GetByTextOptions()))
			.isVisible();
		this.page.getByLabel("Telefonnummer").tap();
		assertThat(keyboard).isVisible();
		// the number pad: digits, + and no letters
		assertThat(keyboard.getByRole(AriaRole.BUTTON, exactly("+"))).isVisible();
		assertThat(keyboard.getByRole(AriaRole.BUTTON, exactly("q"))).hasCount(0);
		checkPage("kiosk-courses-phone-de");
		typeOnScreen(keyboard, "040123456");
		assertThat(this.page.getByLabel("Telefonnummer")).hasValue("040123456");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();

		assertThat(heading1()).hasText("Stimmt alles?");
		assertThat(this.page.getByText("Helga Hansen")).isVisible();
		assertThat(this.page.getByText("040123456")).isVisible();
		assertThat(this.page.getByText("Sie bekommen einen Platz.")).isVisible();
		checkPage("kiosk-courses-check-de");
		assertThat(bookings(date)).isEmpty();
		button("Jetzt verbindlich buchen").tap();

		assertThat(heading1()).hasText("Sie sind angemeldet.");
		List<Booking> booked = bookings(date);
		assertThat(booked).singleElement().satisfies(b -> {
			assertThat(b.name()).isEqualTo("Helga Hansen");
			assertThat(b.phone()).isEqualTo("040123456");
			assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
		});
		String code = booked.get(0).code();
		String grouped = code.substring(0, 4) + " " + code.substring(4);
		Locator qr = this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("QR-Code Ihres Tickets mit dem Buchungscode " + grouped));
		assertThat(qr).isVisible();
		assertThat(decoded(qr)).isEqualTo(code);
		assertThat(this.page.locator("#kiosk-ticket-code")).hasText(grouped);
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Das Smartphone kennenlernen")))
			.containsText("Platz sicher");
		double qrWidth = qr.boundingBox().width;
		assertThat(qrWidth).as("a large QR code").isGreaterThanOrEqualTo(300);
		this.page.waitForCondition(() -> spoken.stream().anyMatch(t -> t.startsWith("Sie sind angemeldet.")));
		assertThat(spoken).anyMatch(t -> t.contains("Das Smartphone kennenlernen") && t.contains(spelled(code)));
		checkPage("kiosk-courses-ticket-de");

		// printing: the tap opens the browser's print, and the print shows the ticket
		// alone
		this.page.evaluate("() => { window.printed = 0; window.print = () => window.printed++; }");
		button("Ticket drucken").tap();
		this.page.waitForCondition(() -> ((Number) this.page.evaluate("() => window.printed")).intValue() == 1);
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(qr).isVisible();
		assertThat(this.page.locator("#kiosk-ticket-code")).isVisible();
		assertThat(button("Fertig — alles löschen")).isHidden();
		assertThat(button("Ticket drucken")).isHidden();
		assertThat(heading1()).isHidden();
		screenshot(this.page, "kiosk-courses-ticket-print");
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		// the ticket on the phone: the same one-time QR code as the bar offers
		button("Ticket aufs Handy").tap();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG,
				new Page.GetByRoleOptions().setName("Auf dem Handy weitermachen"));
		Locator handoff = dialog.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("QR-Code zum Weitermachen auf dem Handy"));
		assertThat(handoff).isVisible();
		String link = decoded(handoff);
		assertThat(link).startsWith(url("/weiter/"));
		dialog.getByRole(AriaRole.BUTTON, exactly("Schließen")).tap();
		assertThat(dialog).isHidden();
		assertThat(button("Auf dem Handy weitermachen")).isVisible();
		try (BrowserContext phone = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true))) {
			Page screen = phone.newPage();
			screen.navigate(link);
			assertThat(screen).hasURL(Pattern.compile(".*/ticket/" + code + "\\?sprache=de$"));
		}

		button("Fertig").tap();
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
		assertThat(this.context.cookies()).extracting(c -> c.name).containsExactly(DeviceService.CREDENTIAL_COOKIE);
		assertThat(bookings(date)).hasSize(1);
	}

	@Test
	void an_english_visit_to_a_full_date_goes_on_the_waiting_list() {
		long place = place();
		long date = date(place, "Video calls with the family", 2);
		this.bookings.book(new BookingRequest(date, "Jens Peters", "040 111", null, false));
		this.bookings.book(new BookingRequest(date, "Aylin Yildiz", null, "aylin@example.org", false));
		this.bookings.book(new BookingRequest(date, "Ole Hansen", "040 333", null, false));
		useTouchScreen();
		enrollThisBrowserAt(place, "en");

		open("/kiosk");
		link(Pattern.compile("^Book a course")).tap();
		assertThat(heading1()).hasText("Which course would you like to go to?");
		assertThat(this.page.getByText("Step 1 of 5")).isVisible();
		Locator card = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Video calls with the family")));
		assertThat(card).containsText("Fully booked – 1 person on the waiting list");
		checkPage("kiosk-courses-list-en");
		card.tap();

		assertThat(heading1()).hasText("Video calls with the family");
		assertThat(this.page.getByText("Fully booked — you go on the waiting list (position 2)")).isVisible();
		checkPage("kiosk-courses-date-en");
		button("Book this course").tap();

		this.page.getByLabel("Your first and last name").tap();
		Locator keyboard = keyboard("On-screen keyboard");
		typeOnScreen(keyboard, "Helga Hansen");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Done")).tap();
		button("Next").tap();
		assertThat(heading1()).hasText("How can we reach you?");
		this.page.getByLabel("E-mail address").tap();
		typeOnScreen(keyboard, "helga@example.org");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Done")).tap();
		button("Next").tap();

		assertThat(heading1()).hasText("Is everything right?");
		assertThat(this.page.getByText("The course is full. You go on the waiting list, position 2.")).isVisible();
		button("Book now").tap();

		assertThat(heading1()).hasText("You are on the waiting list, position 2.");
		Booking booking = bookings(date).stream()
			.filter(b -> "Helga Hansen".equals(b.name()))
			.findFirst()
			.orElseThrow();
		assertThat(booking.status()).isEqualTo(BookingStatus.WAITING);
		assertThat(booking.waitingPosition()).isEqualTo(2);
		assertThat(booking.email()).isEqualTo("helga@example.org");
		Locator qr = this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName(Pattern.compile("^QR code of your ticket")));
		assertThat(decoded(qr)).isEqualTo(booking.code());
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Video calls with the family")))
			.containsText("Waiting list, position 2");
		checkPage("kiosk-courses-ticket-en");
	}

	@Test
	void bad_input_is_explained_and_books_nothing_and_the_same_phone_cannot_book_twice() {
		long place = place();
		long date = date(place, "Sicher im Internet", 5);
		this.bookings.book(new BookingRequest(date, "Helga Hansen", "040777888", null, false));
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		List<String> spoken = recordSpokenTexts();

		open("/kiosk/kurse");
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Sicher im Internet")))
			.tap();
		button("Diesen Kurs buchen").tap();
		assertThat(heading1()).hasText("Wie heißen Sie?");
		button("Weiter").tap();
		Locator alert = this.page.locator("#kiosk-courses-message");
		assertThat(alert).hasAttribute("role", "alert");
		assertThat(alert).hasText("Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).");
		assertThat(heading1()).hasText("Wie heißen Sie?");
		this.page.waitForCondition(() -> spoken.stream().anyMatch(t -> t.startsWith("Bitte geben Sie einen Namen an")));
		checkPage("kiosk-courses-name-error-de");

		this.page.getByLabel("Ihr Vor- und Nachname").tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		typeOnScreen(keyboard, "Helga Hansen");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		assertThat(heading1()).hasText("Wie können wir Sie erreichen?");
		assertThat(alert).isEmpty();

		button("Weiter").tap();
		assertThat(alert).hasText(Pattern.compile("^Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an"));
		this.page.getByLabel("Telefonnummer").tap();
		typeOnScreen(keyboard, "12");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		assertThat(alert).hasText(Pattern.compile("^Diese Telefonnummer können wir nicht verwenden"));
		assertThat(heading1()).hasText("Wie können wir Sie erreichen?");
		checkPage("kiosk-courses-phone-error-de");
		// the number pad has no letters: letters could only come from another keyboard
		Locator phone = this.page.getByLabel("Telefonnummer");
		phone.fill("abc");
		phone.dispatchEvent("change");
		button("Weiter").tap();
		assertThat(alert).hasText(Pattern.compile("^Diese Telefonnummer können wir nicht verwenden"));
		phone.tap();
		deleteOnScreen(keyboard, 3);
		this.page.getByLabel("E-Mail-Adresse").tap();
		typeOnScreen(keyboard, "helga@");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		assertThat(alert).hasText(Pattern.compile("^Diese E-Mail-Adresse ist nicht gültig"));
		assertThat(bookings(date)).hasSize(1);

		this.page.getByLabel("E-Mail-Adresse").tap();
		deleteOnScreen(keyboard, 6);
		phone.tap();
		typeOnScreen(keyboard, "040777888");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		assertThat(heading1()).hasText("Stimmt alles?");
		button("Jetzt verbindlich buchen").tap();
		assertThat(alert).hasText("Für diese Person gibt es schon eine Buchung für diesen Termin.");
		assertThat(heading1()).hasText("Stimmt alles?");
		assertThat(bookings(date)).hasSize(1);
		// never a dead end: back to the contact, and on
		button("Zurück").tap();
		assertThat(heading1()).hasText("Wie können wir Sie erreichen?");
		button("Zurück").tap();
		button("Zurück").tap();
		button("Zurück").tap();
		assertThat(heading1()).hasText("Welchen Kurs möchten Sie besuchen?");
		button("Zurück").tap();
		assertThat(heading1()).hasText("Was möchten Sie tun?");
	}

	/**
	 * Issue #23: the on-screen keyboard no longer covers "Weiter". At 100 % and at 200 %
	 * text the field and the button below it stay above the keyboard, so a person types
	 * and taps "Weiter" without closing the keyboard first.
	 */
	@Test
	void the_booking_steps_can_be_completed_touch_only_without_closing_the_keyboard_first() {
		long place = place();
		date(place, "Tablet für Einsteiger", 4);
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		bookWithTheKeyboardOpen(100, "Helga Hansen", "040111222");
		bookWithTheKeyboardOpen(200, "Gerda Gruber", "040333444");
	}

	private void bookWithTheKeyboardOpen(int textSize, String name, String phone) {
		open("/kiosk/kurse");
		setTextSize(this.page, textSize);
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Tablet für Einsteiger")))
			.tap();
		button("Diesen Kurs buchen").tap();
		assertThat(heading1()).hasText("Wie heißen Sie?");
		Locator keyboard = keyboard("Bildschirmtastatur");
		Locator nameField = this.page.getByLabel("Ihr Vor- und Nachname");
		nameField.tap();
		assertThat(keyboard).isVisible();
		typeOnScreen(keyboard, name);
		assertUncovered(nameField, "the name field at " + textSize + " %");
		assertUncovered(button("Weiter"), "Weiter under the name at " + textSize + " %");
		screenshot(this.page, "kiosk-keyboard-name-" + textSize);
		button("Weiter").tap();

		assertThat(heading1()).hasText("Wie können wir Sie erreichen?");
		Locator phoneField = this.page.getByLabel("Telefonnummer");
		phoneField.tap();
		assertThat(keyboard).isVisible();
		typeOnScreen(keyboard, phone);
		assertUncovered(phoneField, "the phone field at " + textSize + " %");
		assertUncovered(button("Weiter"), "Weiter under the contact at " + textSize + " %");
		screenshot(this.page, "kiosk-keyboard-phone-" + textSize);
		button("Weiter").tap();

		assertThat(heading1()).hasText("Stimmt alles?");
		assertThat(this.page.getByText(name)).isVisible();
		assertThat(this.page.getByText(phone)).isVisible();
		button("Jetzt verbindlich buchen").tap();
		assertThat(heading1()).hasText("Sie sind angemeldet.");
		button("Zum Anfang").tap();
		assertThat(heading1()).hasText("Was möchten Sie tun?");
	}

	/**
	 * The control is in the window and nothing lies over its middle (the keyboard, a
	 * bar): a finger that taps it reaches it. Checked where the page is, without
	 * scrolling first, as a person sees it.
	 */
	private static void assertUncovered(Locator control, String what) {
		boolean reachable = (Boolean) control.evaluate(
				"""
						el => {
						  const r = el.getBoundingClientRect();
						  if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
						    return false;
						  }
						  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
						  // a field's own frame around its input counts as the field
						  return !!hit && (hit === el || el.contains(hit) || (hit.tagName.startsWith('VAADIN-') && hit.contains(el)));
						}""");
		assertThat(reachable).as(what + ": in the window and not covered").isTrue();
	}

	@Test
	void a_kiosk_without_courses_says_so() {
		long place = place();
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		open("/kiosk/kurse");
		assertThat(this.page.getByText("Hier gibt es gerade keine Kurse, die Sie buchen können.",
				new Page.GetByTextOptions()))
			.isVisible();
		assertThat(button("Zurück")).isVisible();
		assertAccessible(this.page, "kiosk courses empty");
	}

	@Test
	void an_admin_chooses_the_course_place_a_kiosk_offers() {
		long place = place();
		date(place, "Online-Banking sicher nutzen", 6);
		date(place(), "Anderswo: E-Mails schreiben", 6);
		String kiosk = "Kiosk Harksheide " + System.nanoTime();
		String credential = this.devices.enrolledKiosk(kiosk);
		this.accounts.ensure("kiosk-courses-admin", Role.ADMIN);
		signIn("kiosk-courses-admin");
		open("/admin/geraete");
		String placeName = this.places.place(place).orElseThrow().name();
		this.page.getByLabel("Kursort von „" + kiosk + "“").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(placeName).setExact(true)).click();
		assertThat(this.page.locator("#device-status"))
			.hasText("„" + kiosk + "“ zeigt jetzt die Kurse von " + placeName + ".");
		assertAccessible(this.page, "devices admin with course places");

		try (BrowserContext screen = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 1024))) {
			screen.addCookies(
					List.of(new com.microsoft.playwright.options.Cookie(DeviceService.CREDENTIAL_COOKIE, credential)
						.setUrl(url("/"))
						.setHttpOnly(true)));
			Page kioskPage = screen.newPage();
			kioskPage.navigate(url("/kiosk/kurse"));
			assertThat(kioskPage.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Online-Banking sicher nutzen"))))
				.hasCount(1);
			assertThat(kioskPage.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Anderswo: E-Mails schreiben"))))
				.hasCount(0);
		}
	}

	// ---- helpers

	private void checkPage(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
		screenshot(this.page, name);
	}

	private long place() {
		this.accounts.ensure("kiosk-courses-admin", Role.ADMIN);
		this.accounts.signIn("kiosk-courses-admin");
		try {
			return this.places.createPlace(new NewPlace("Bücherei " + System.nanoTime(),
					"Rathausallee 50, 22846 Norderstedt", true, true, true, 20));
		}
		finally {
			this.accounts.signOut();
		}
	}

	private long date(long place, String title, int capacity) {
		this.accounts.ensure("kiosk-courses-trainer", Role.TRAINER);
		this.accounts.signIn("kiosk-courses-trainer");
		try {
			Instant start = Instant.now().plus(Duration.ofDays(2));
			return this.courses
				.createCourse(new NewCourse(title, "Wir üben Tippen, Wischen und Anrufen.", CourseTopic.SMARTPHONE,
						CourseLevel.BEGINNER, "Ihr Smartphone, aufgeladen", place, capacity, 0,
						List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90))))))
				.get(0);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private List<Booking> bookings(long date) {
		this.accounts.ensure("kiosk-courses-admin", Role.ADMIN);
		this.accounts.signIn("kiosk-courses-admin");
		try {
			return this.participants.bookings(date);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private void deleteOnScreen(Locator keyboard, int times) {
		boolean english = "en".equals(htmlAttribute("lang"));
		for (int i = 0; i < times; i++) {
			keyboard.getByRole(AriaRole.BUTTON, exactly(english ? "Delete" : "Löschen")).tap();
		}
	}

	private static String spelled(String code) {
		StringBuilder spelled = new StringBuilder();
		for (int i = 0; i < code.length(); i++) {
			if (i > 0) {
				spelled.append(i == 4 ? ", " : " ");
			}
			spelled.append(code.charAt(i));
		}
		return spelled.toString();
	}

}
