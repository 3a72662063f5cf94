package de.norderstedt.go.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.Invitation;
import de.norderstedt.go.accounts.InvitationService;
import de.norderstedt.go.accounts.NewInvitation;
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
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.ideas.TestIdeas;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.news.TestNews;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.OutboxMail;
import de.norderstedt.go.notifications.TestMails;
import de.norderstedt.go.notifications.TestNotifications;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static de.norderstedt.go.e2e.PageChecks.assertReflows;

/**
 * The every-page accessibility sweep, in three test classes that share its fixtures (so
 * the two browser-test forks can run them side by side):
 * {@link EveryPageWithoutAnAccountEndToEndTest},
 * {@link EveryPageBehindASignInEndToEndTest} and
 * {@link EveryLayoutInEveryOtherDisplayEndToEndTest}. Every page there is, in the default
 * display (German, normal contrast, 100 % text) and in the hardest one (English, high
 * contrast, 200 % text): no axe violation, big enough targets, no horizontal scrolling at
 * 1280 px nor in a narrow window (320 px; 640 px for 200 % text, then 320 px at 100 %).
 * Every other display (the other combinations of language, contrast and 100/200 % text,
 * and 125 and 150 % text) on one page of each layout: the portal's, the kiosk's and the
 * locker terminal's. Fixtures are made once for the JVM (the classes of one fork share
 * its portal). The README's table lists which page is checked in which display.
 */
abstract class PageSweep extends EndToEndTest {

	@Autowired
	InvitationService invitations;

	/**
	 * Whether the fixtures below are made (by the first class of the sweep in this JVM).
	 */
	private static boolean made;

	/** What the pages show, made once for the JVM (the cases only read it). */
	@SuppressWarnings("NullAway.Init") // made before the first case, by
										// makeWhatThePagesShow
	private static Shown shown;

	/** A workshop with an entered idea (the staff's workshop pages). */
	private static long workshop;

	/** The people of each full sweep (a sweep signs in, books and changes settings). */
	@SuppressWarnings("NullAway.Init") // made before the first case, by
										// makeWhatThePagesShow
	private static Map<Display, Visitor> visitors;

	@Autowired
	TestMails mails;

	static Stream<Display> fullDisplays() {
		return Stream.of(Display.DEFAULT, Display.HARDEST);
	}

	/**
	 * The displays not swept in full: the rest of German/English × normal/high contrast ×
	 * 100/200 % text, and the two middle text sizes.
	 */
	static Stream<Display> otherDisplays() {
		return Stream.of(new Display("de", false, 200), new Display("de", true, 100), new Display("de", true, 200),
				new Display("en", false, 100), new Display("en", false, 200), new Display("en", true, 100),
				new Display("de", false, 125), new Display("de", false, 150));
	}

	/** What the pages show: a course with a booking, news, a kiosk course, a station. */
	record Shown(long date, long course, Booking booking, long news, Map<String, String> kiosks,
			Map<String, String> courseKiosks, String terminal, long station, long idea, long waitingIdea,
			String waitingCode, EvaluationPages evaluation, ProjectPages projects) {
	}

	/** A project with a milestone, and a selected idea without a project yet. */
	record ProjectPages(long project, long selectedIdea) {
	}

	/**
	 * An open evaluation round whose group the sweep's admins chair, and a closed one.
	 */
	record EvaluationPages(long group, long openRound, long roundIdea, long closedRound) {
	}

	/**
	 * The accounts of one full sweep and what they see: an admin with a course on the
	 * trainer pages and an e-mail in the outbox, a resident with a notification and an
	 * idea to change.
	 */
	record Visitor(String admin, String resident, TrainerPages trainerPages, OutboxMail mail, long ownIdea) {
	}

	/** The course the trainer pages show. */
	record TrainerPages(long courseId, long dateId, String participant) {
	}

	@BeforeAll
	static synchronized void makeWhatThePagesShow(@Autowired ApplicationContext spring) {
		if (made) {
			// made by an earlier class of the sweep in this JVM, on the same portal
			return;
		}
		TestCourses testCourses = spring.getBean(TestCourses.class);
		CourseService courses = spring.getBean(CourseService.class);
		TestAccounts accounts = spring.getBean(TestAccounts.class);
		TestDevices devices = spring.getBean(TestDevices.class);
		// room for the residents of both full sweeps besides Helga
		long date = testCourses.dateWithCapacity(10);
		long course = courses.courseOfDate(date).orElseThrow();
		Booking booking = spring.getBean(BookingService.class)
			.book(new BookingRequest(date, "Helga Hansen", "040 " + System.nanoTime() % 100000, null, false));
		long news = spring.getBean(TestNews.class).published("Stadtfest " + System.nanoTime() % 100000);
		long coursePlace = kioskCourse(courses, spring.getBean(PlaceService.class), accounts);
		TestLockers.TestStation station = spring.getBean(TestLockers.class)
			.station("Stadtpark a11y " + System.nanoTime() % 100000, 1, ItemType.ROLLATOR);
		// waiting: its author was asked for a change
		long waitingIdea = spring.getBean(TestIdeas.class)
			.submitted("Sitzbänke am Rathausmarkt " + System.nanoTime() % 100000);
		spring.getBean(TestIdeas.class).askForChange(waitingIdea, "Bitte schreiben Sie, welche Seite des Markts.");
		// several browsers may show the same kiosk at once: each has its own session
		shown = new Shown(date, course, booking, news,
				Map.of("de", devices.enrolledKiosk("a11y-Kiosk de", 120, "de"), "en",
						devices.enrolledKiosk("a11y-Kiosk en", 120, "en")),
				Map.of("de", devices.enrolledKioskAt("a11y-Kurs-Kiosk de", coursePlace, "de"), "en",
						devices.enrolledKioskAt("a11y-Kurs-Kiosk en", coursePlace, "en")),
				station.terminalCredential(), station.id(),
				spring.getBean(TestIdeas.class).published("Bank im Stadtpark " + System.nanoTime() % 100000),
				waitingIdea, spring.getBean(TestIdeas.class).receiptCode(waitingIdea),
				evaluationPages(spring.getBean(TestIdeas.class)), projectPages(spring.getBean(TestIdeas.class)));
		visitors = Map.of(Display.DEFAULT, visitor(spring, Display.DEFAULT), Display.HARDEST,
				visitor(spring, Display.HARDEST));
		// the moderators' queue shows a comment waiting and a reported idea
		spring.getBean(TestIdeas.class).comment(shown.idea(), "a11y-commenter", "Am Teich fehlt wirklich eine Bank.");
		spring.getBean(TestIdeas.class).report(shown.idea(), "a11y-reporter", "Das steht doppelt da.");
		// the Trendradar: an entry linked to a parked idea, another parked idea to link
		TestIdeas ideas = spring.getBean(TestIdeas.class);
		long trendGroup = ideas.group("Arbeitskreis Trends a11y");
		ideas.member(trendGroup, "a11y-parker", false);
		long parked = ideas.parked("Parksensoren am Bahnhof a11y", trendGroup, "a11y-parker");
		ideas.parked("Funknetz für Sensoren a11y", trendGroup, "a11y-parker");
		ideas.trend("Günstige Funksensoren", "Sensoren mit Funk kosten nur noch wenig.", parked);
		workshop = spring.getBean(TestIdeas.class)
			.workshopWithAnIdea("Zukunftswerkstatt a11y " + System.nanoTime() % 100000);
		// the admins chair the open round's group: they see its score page
		for (Visitor visitor : visitors.values()) {
			spring.getBean(TestIdeas.class).member(shown.evaluation().group(), visitor.admin(), true);
		}
		made = true;
	}

	private static ProjectPages projectPages(TestIdeas ideas) {
		long suffix = System.nanoTime() % 100000;
		long group = ideas.group("Arbeitskreis Projekte a11y " + suffix);
		String title = "Bänke am Stadtparksee a11y " + suffix;
		long project = ideas.project(ideas.selectedIn(title, group), title, "Bänke aufgestellt");
		return new ProjectPages(project, ideas.selectedIn("Trinkbrunnen am Markt a11y " + suffix, group));
	}

	private static EvaluationPages evaluationPages(TestIdeas ideas) {
		long suffix = System.nanoTime() % 100000;
		long group = ideas.group("Arbeitskreis a11y " + suffix);
		long roundIdea = ideas.publishedIn("Leihrollatoren am Bahnhof " + suffix, group);
		long open = ideas.openRound(group, "Runde a11y " + suffix, roundIdea);
		long closedGroup = ideas.group("Arbeitskreis a11y zu " + suffix);
		long closed = ideas.closedRound(closedGroup, "Abgeschlossen a11y " + suffix,
				ideas.publishedIn("Sitzbänke am Teich " + suffix, closedGroup));
		return new EvaluationPages(group, open, roundIdea, closed);
	}

	/**
	 * The portal's pages for everyone, the kiosk's screens and the locker terminal's.
	 */
	final void withoutAnAccount(Display display) {
		boolean german = display.german();

		open("/");
		setDisplay(display);
		check("home", display, 48);

		go("/anmelden");
		check("login", display, 48);
		go("/anmelden?error");
		assertThat(this.page.getByText(german ? "Anmeldung nicht möglich" : "Could not sign you in")).isVisible();
		check("login-error", display, 48);
		go("/gibt-es-nicht");
		check("not-found", display, 48);
		go("/barrierefreiheit");
		check("accessibility-statement", display, 48);
		go("/leichte-sprache");
		check("easy-language", display, 48);
		go("/als-app-installieren");
		check("install-app", display, 48);
		// the privacy notice with its table of retention periods, and the Impressum
		go("/datenschutz");
		assertThat(this.page.getByRole(AriaRole.TABLE)).isVisible();
		check("privacy-notice", display, 48);
		go("/impressum");
		check("imprint", display, 48);

		go("/einstellungskarte");
		check("profile-card", display, 48);
		go("/weitermachen?grund=expired");
		check("handoff-failed", display, 48);

		// courses for residents: list, course page, booking form with an error, ticket,
		// unknown ticket, finding a booking
		go("/kurse");
		check("courses", display, 48);
		go("/kurse/" + shown.course());
		check("course", display, 48);
		bookingFormWithItsRefusal(display);
		go("/ticket/" + shown.booking().code());
		assertThat(this.page.locator("#ticket-code")).isVisible();
		check("course-ticket", display, 48);
		go("/ticket/ZZZZZZZZ");
		check("course-ticket-unknown", display, 48);
		go("/buchung");
		check("course-find-booking", display, 48);

		// tutorials: the list, a step with a practice, continuing with a code (refused)
		go("/lernen");
		check("tutorials", display, 48);
		go("/lernen/touchscreen-basics/2");
		check("tutorial-step", display, 48);
		go("/lernen/fortsetzen?code=ZZZ999");
		// the field's error, and the copy Vaadin puts into its live region for screen
		// readers
		assertThat(this.page
			.getByText(german ? "Diesen Code kennen wir nicht" : "We do not know this code",
					new Page.GetByTextOptions())
			.first()).isVisible();
		check("tutorial-resume-refused", display, 48);

		// city news (#8): the list, one announcement with its picture, an unknown one
		go("/neuigkeiten");
		check("news", display, 48);
		go("/neuigkeiten/" + shown.news());
		check("news-announcement", display, 48);
		go("/neuigkeiten/999999999");
		check("news-announcement-unknown", display, 48);

		// ideas (#18): the form with a refusal, a published idea, looking up a receipt
		// code, the list
		go("/ideen/neu");
		button(german ? "Idee einreichen" : "Submit idea").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")))).isVisible();
		check("idea-form-refused", display, 48);
		go("/ideen/" + shown.idea());
		check("idea", display, 48);
		// the code of a waiting idea whose author was asked for a change: the form to
		// change it, and the one to take it back
		go("/ideen/beleg");
		this.page.getByLabel(german ? "Ihr Beleg-Code" : "Your receipt code").fill(shown.waitingCode());
		button(german ? "Stand anzeigen" : "Show status").click();
		button(german ? "Idee zurückziehen …" : "Withdraw the idea …").click();
		assertThat(button(german ? "Ja, Idee zurückziehen" : "Yes, withdraw the idea")).isVisible();
		check("idea-receipt-lookup", display, 48);
		go("/ideen");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")))).isVisible();
		check("ideas", display, 48);
		// projects from ideas: the list and a project with its progress and milestone
		go("/konto-geloescht");
		check("account-deleted", display, 48);
		// an invitation (the person an admin made an account for chooses her password),
		// and a link that no longer works
		go(invitationPath());
		check("invitation", display, 48);
		go("/einladung/nicht-mehr-gueltig");
		check("invitation-closed", display, 48);
		// e-mail (#19): the pages of the confirmation link and of the unsubscribe link,
		// before their button, and of a link we did not send
		long optIn = this.accounts.ensure("a11y-optin-" + display, Role.RESIDENT).id();
		List<String> links = this.mails.openLinks(optIn, "a11y-optin-" + display + "@example.org");
		go(links.get(0));
		check("email-confirm", display, 48);
		go(links.get(1));
		check("email-unsubscribe", display, 48);
		go("/e-mail/bestaetigen/ZZZZZZZZZZZZZZZZZZZZZZZZZZ");
		check("email-confirm-unknown", display, 48);
		go("/ideen/projekte");
		check("projects", display, 48);
		go("/ideen/projekte/" + shown.projects().project());
		check("project", display, 48);

		kioskStartScreen(display, true);
		// the kiosk's own privacy notice and Impressum, from the start screen and back
		link(german ? "Datenschutzerklärung" : "Privacy notice").click();
		assertThat(heading1()).hasText(german ? "Datenschutzerklärung" : "Privacy notice");
		check("kiosk-privacy-notice", display, 64);
		button(german ? "Zum Anfang" : "Back to the start").click();
		assertThat(heading1()).hasText(german ? "Was möchten Sie tun?" : "What would you like to do?");
		link(german ? "Impressum" : "Legal notice").click();
		assertThat(heading1()).hasText(german ? "Impressum" : "Legal notice");
		check("kiosk-imprint", display, 64);
		go("/kiosk/neuigkeiten/" + shown.news());
		check("kiosk-news-announcement", display, 64);
		go("/kiosk/rueckmeldung");
		this.page.getByLabel(german ? "Ihre Nachricht" : "Your message").click();
		assertThat(this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName(german ? "Bildschirmtastatur" : "On-screen keyboard")))
			.isVisible();
		check("kiosk-feedback-keyboard", display, 64, false);
		// ideas at the kiosk (#18): a similar idea to support under the name, and the
		// last screen with its choices
		go("/kiosk/idee");
		this.page.getByLabel(german ? "Name der Idee" : "Name of the idea").fill("Bank im Stadtpark");
		assertThat(this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern
						.compile((german ? "Diese Idee unterstützen: " : "Support this idea: ") + "Bank im Stadtpark")))
			.first()).isVisible();
		check("kiosk-idea-similar", display, 64, false);
		for (String[] answer : new String[][] { { "Was heute nicht gut ist", "What is not good today" },
				{ "Ihre Idee", "Your idea" }, { "Wem es helfen würde", "Who it would help" } }) {
			kioskNext(german);
			this.page.getByLabel(answer[german ? 0 : 1]).fill("Eine Bank am Teich.");
		}
		kioskNext(german);
		assertThat(this.page.getByRole(AriaRole.RADIO,
				new Page.GetByRoleOptions().setName(german ? "Ganz Norderstedt" : "All of Norderstedt")))
			.isChecked();
		check("kiosk-idea-details", display, 64);
		go("/kiosk/karte");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(german ? "keine Kamera" : "no camera"))).isVisible();
		// no black box where no camera picture will come
		assertThat(this.page.locator("video")).isHidden();
		check("kiosk-profile-card", display, 64);
		checkKioskCourses(display);
		go("/kiosk/lernen");
		check("kiosk-tutorials", display, 64);
		go("/kiosk/lernen/fortsetzen");
		check("kiosk-tutorial-resume", display, 64);

		// lockers (#7): the terminal of a station with its running simulated agent; its
		// start screen and keypad. The display chosen on the kiosk's start screen stays
		// for the visit.
		lockerTerminal(display);
		button(german ? "Code eintippen" : "Type the code").click();
		check("lockers-terminal-keypad", display, 64, false);

		// the installed app's page for when there is no connection: plain HTML, as the
		// service worker shows it in the person's language and display
		this.page.navigate(url("/app/ohne-verbindung?sprache=" + display.language()));
		plainDisplay(display);
		check("app-offline", display, 48);

	}

	/**
	 * The pages of staff (an admin sees them all) and of a signed-in resident, and the
	 * refusal of a page the resident may not see. (Each full display has its own
	 * accounts: signing in brings the account's own display settings.)
	 */
	final void behindASignIn(Display display) {
		boolean german = display.german();
		Visitor visitor = Objects.requireNonNull(visitors.get(display));
		open("/");
		setDisplay(display);
		String admin = visitor.admin();
		// the second step of an editor's password sign-in, before any passkey: the set-up
		String newcomer = admin + "-neu";
		this.accounts.ensure(newcomer, Role.EDITOR);
		sendPassword(this.page, newcomer);
		this.page.waitForURL(Pattern.compile(".*/anmelden/zweiter-schritt$"));
		// her own display settings came with the sign-in: this display again
		setDisplay(display);
		check("second-factor", display, 48);
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(Abmelden|Sign out)$")))
			.click();
		assertThat(this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(Anmelden|Sign in)$")))
			.first()).isVisible();
		setDisplay(display);
		signInIn(display.language(), admin);
		setDisplay(display);
		check("account", display, 48);
		go("/admin/konten");
		check("admin-accounts", display, 48);
		go("/admin/rueckmeldungen");
		check("admin-feedback", display, 48);
		// one account for admins, and the security log (#19)
		long residentId = this.accounts.ensure(visitor.resident(), Role.RESIDENT).id();
		go("/admin/konten/" + residentId);
		check("admin-account", display, 48);
		// deleting it: the page before, refused without the confirmation (nothing
		// deleted)
		go("/admin/konten/" + residentId + "/loeschen");
		button(german ? "Konto endgültig löschen" : "Delete account for good").click();
		assertThat(this.page
			.getByText(german ? "Bitte bestätigen Sie zuerst, dass Sie gelesen haben, was gelöscht wird."
					: "Please first confirm that you have read what is deleted.")
			.first()).isVisible();
		check("admin-account-delete", display, 48);
		go("/admin/protokoll");
		check("admin-audit-log", display, 48);

		// trainer portal and places (courses, #5)
		TrainerPages trainerPages = visitor.trainerPages();
		go("/trainer");
		check("trainer-courses", display, 48);
		go("/trainer/kurs/neu");
		check("trainer-new-course", display, 48);
		go("/trainer/kurs/" + trainerPages.courseId());
		check("trainer-edit-course", display, 48);
		go("/trainer/termin/" + trainerPages.dateId());
		assertThat(this.page.getByText(trainerPages.participant())).isVisible();
		check("trainer-date", display, 48);
		go("/trainer/lernen");
		check("trainer-learning", display, 48);
		go("/admin/orte");
		check("admin-places", display, 48);

		// notifications (#8): the mail outbox and one kept e-mail in the page's language
		go("/admin/postausgang");
		check("admin-mail-outbox", display, 48);
		go("/admin/postausgang/" + visitor.mail().id());
		check("admin-mail-outbox-mail", display, 48);
		// city news (#8): the newsroom, the form (with a refusal and with a preview), a
		// published announcement, topics and districts
		go("/redaktion");
		check("news-desk", display, 48);
		go("/redaktion/neu");
		button(german ? "Vorschau zeigen" : "Show preview").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")))).isVisible();
		check("news-edit-error", display, 48);
		go("/redaktion/" + shown.news());
		button(german ? "Vorschau zeigen" : "Show preview").click();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName(german ? "Vorschau" : "Preview").setExact(true)))
			.isVisible();
		check("news-edit-preview", display, 48);
		go("/admin/themen");
		check("news-catalogues", display, 48);
		// ideas (#18): the moderators' queue and one waiting idea with its decision
		go("/ideen/pruefen");
		check("ideas-moderation-queue", display, 48);
		go("/ideen/pruefen/" + shown.waitingIdea());
		check("ideas-moderation", display, 48);
		// evaluation rounds: the admin chairs the open round's group; working groups and
		// criteria; the public decisions
		go("/ideen/runden");
		check("idea-rounds", display, 48);
		go("/ideen/runden/" + shown.evaluation().openRound());
		check("idea-round-chair", display, 48);
		go("/ideen/runden/" + shown.evaluation().openRound() + "/bewerten/" + shown.evaluation().roundIdea());
		check("idea-score", display, 48);
		go("/admin/arbeitskreise");
		check("working-groups", display, 48);
		// a working group's desk and an answer with the merge field open
		go("/ideen/arbeitskreis");
		check("idea-desk", display, 48);
		go("/ideen/arbeitskreis/" + shown.idea());
		this.page
			.getByRole(AriaRole.RADIO,
					new Page.GetByRoleOptions()
						.setName(german ? "Mit einer anderen Idee zusammenführen" : "Merge with another idea"))
			.check();
		check("idea-answer", display, 48);
		go("/ideen/entscheidungen");
		check("idea-decisions-list", display, 48);
		go("/ideen/entscheidungen/" + shown.evaluation().closedRound());
		check("idea-decisions", display, 48);
		// the staff dashboard: figures, overdue ideas, the open data
		go("/ideen/uebersicht");
		check("idea-figures", display, 48);
		// the Trendradar: an entry with its linked idea, the form to link another
		go("/ideen/trendradar");
		check("idea-trends", display, 48);
		// the project office: the desk, a new project refused without its texts, a
		// project
		go("/ideen/projektbuero");
		check("project-desk", display, 48);
		go("/ideen/projektbuero/neu/" + shown.projects().selectedIdea());
		button(german ? "Projekt starten" : "Start the project").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")))).isVisible();
		check("project-new-refused", display, 48);
		go("/ideen/projektbuero/" + shown.projects().project());
		check("project-manage", display, 48);
		// workshops and paper: the list, and a workshop with an idea entered, its form,
		// upload, ideas and audit trail
		go("/ideen/werkstaetten");
		check("idea-workshops", display, 48);
		go("/ideen/werkstaetten/" + workshop);
		check("idea-workshop", display, 48);

		// lockers (#7): staff pages of a station with its terminal
		go("/schliessfaecher/verwaltung");
		check("lockers-admin", display, 48);
		go("/schliessfaecher/verwaltung/" + shown.station());
		check("lockers-board", display, 48);
		go("/schliessfaecher/verwaltung/" + shown.station() + "/faecher");
		check("lockers-compartments", display, 48);
		go("/schliessfaecher/ueberfaellig");
		check("lockers-overdue", display, 48);
		button(german ? "Abmelden" : "Sign out").click();
		// signing out ends the session; the fresh anonymous one starts in German
		assertThat(button("Anmelden")).isVisible();

		String resident = visitor.resident();
		signInIn("de", resident);
		setDisplay(display);
		go("/admin/konten");
		assertThat(heading1()).hasText(german ? "Kein Zugriff" : "No access");
		check("access-denied", display, 48);
		go("/kurse/buchen/" + shown.date());
		check("course-booking-signed-in", display, 48);
		button(german ? "Verbindlich buchen" : "Book now").click();
		assertThat(this.page.locator("#ticket-state")).isVisible();
		// her own ticket, where she gives or withdraws her consent to show her tutorial
		// progress (#19)
		assertThat(this.page.locator("#progress-consent-state")).isVisible();
		check("course-ticket-own", display, 48);
		// the copy of her ticket that the installed app keeps for use without a
		// connection: plain HTML in her language and display
		String ticket = this.page.url().substring(url("").length());
		this.page.navigate(url("/app/kopie" + ticket + "?sprache=" + display.language()));
		assertThat(this.page.locator(".ticket-code")).isVisible();
		check("app-ticket-copy", display, 48);
		open("/meine-buchungen");
		check("my-bookings", display, 48);
		go("/schliessfaecher");
		check("lockers-reserve", display, 48);
		go("/meine-reservierungen");
		check("my-reservations", display, 48);
		// privacy (#19): what is stored about the resident, with the deletion opened
		go("/meine-daten");
		button(german ? "Konto löschen …" : "Delete account …").click();
		check("my-data", display, 48);
		// passkeys (#19): none yet, the name field refused
		go("/konto/passkeys");
		button(german ? "Passkey anlegen" : "Create passkey").click();
		assertThat(this.page
			.getByText(german ? "Bitte geben Sie dem Passkey einen Namen." : "Please give the passkey a name.")
			.first()).isVisible();
		check("passkeys", display, 48);
		go("/schliessfaecher/reservierung/999999999");
		check("lockers-reservation-unknown", display, 48);

		// notifications (#8): the centre with an entry and the set-up offer, the
		// settings, the set-up's first step
		go("/benachrichtigungen");
		check("notifications-centre", display, 48);
		go("/einstellungen/benachrichtigungen");
		check("notifications-settings", display, 48);
		go("/neuigkeiten/einrichten");
		check("notifications-set-up", display, 48);

		// ideas (#18): a published idea signed in, with the comment form and the report
		// form open, refused
		go("/ideen/" + shown.idea());
		button(german ? "Diese Idee melden" : "Report this idea").click();
		button(german ? "Meldung senden" : "Send report").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")))).isVisible();
		check("idea-signed-in-report", display, 48);
		// the resident's own idea with the moderator's request and the change form
		go("/ideen/meine/" + visitor.ownIdea());
		check("idea-own", display, 48);
	}

	/**
	 * The pages that stand for their layout, in a display the full sweeps do not use: a
	 * portal form with a refusal (fields, error texts, an alert, the header with the
	 * display panel), the kiosk start screen, and the locker terminal.
	 */
	final void oneLayoutPageEach(Display display) {
		open("/");
		setDisplay(display);
		bookingFormWithItsRefusal(display);
		kioskStartScreen(display, false);
		lockerTerminal(display);
	}

	/** The booking form of the course date, sent empty: the refusal at its fields. */
	private void bookingFormWithItsRefusal(Display display) {
		go("/kurse/buchen/" + shown.date());
		button(display.german() ? "Verbindlich buchen" : "Book now").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).isVisible();
		check("course-booking-error", display, 48);
	}

	/**
	 * The kiosk's start screen in the display, reached through the welcome screen.
	 * @param welcome whether to check the welcome screen too: it has no session, so it
	 * speaks the device's language in the default look, whatever the display
	 */
	private void kioskStartScreen(Display display, boolean welcome) {
		useKiosk(Objects.requireNonNull(shown.kiosks().get(display.language())));
		open("/kiosk");
		if (welcome) {
			check("kiosk-welcome", new Display(display.language(), false, 100), 64);
		}
		link(display.german() ? "Tippen Sie hier, um zu beginnen" : "Tap here to begin").click();
		assertThat(heading1()).hasText(display.german() ? "Was möchten Sie tun?" : "What would you like to do?");
		setDisplay(display);
		check("kiosk-start", display, 64);
	}

	/** The locker terminal's start screen, in the display the visit chose. */
	private void lockerTerminal(Display display) {
		useKiosk(shown.terminal());
		open("/kiosk/locker");
		assertThat(heading1()).hasText(display.german() ? "Schließfach öffnen" : "Open a locker");
		check("lockers-terminal-start", display, 64, false);
	}

	/** Makes this browser the device with this credential. */
	private void useKiosk(String credential) {
		this.context.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, credential).setUrl(url("/")).setHttpOnly(true)));
	}

	/**
	 * The admin, resident and what they see for one full sweep, made through the
	 * services.
	 */
	private static Visitor visitor(ApplicationContext spring, Display display) {
		TestAccounts accounts = spring.getBean(TestAccounts.class);
		String admin = "a11y-admin-" + display;
		String resident = "a11y-resident-" + display;
		accounts.ensure(admin, Role.ADMIN);
		long residentId = accounts.ensure(resident, Role.RESIDENT).id();
		TrainerPages trainerPages = trainerPages(spring, admin, display);
		boolean german = display.german();
		OutboxMail mail = spring.getBean(TestMails.class)
			.inOutbox("a11y-" + display + "@example.org", german ? Language.DE : Language.EN,
					german ? "Baustelle in der Ohechaussee" : "Road works in Ohechaussee",
					german ? "Ab Montag ist die Straße in Garstedt halb gesperrt."
							: "From Monday the road in Garstedt is half closed.",
					"/nachrichten/1");
		// the notification centre's entry
		spring.getBean(TestNotifications.class)
			.create(residentId, NotificationCategory.BOOKING,
					german ? "Buchung bestätigt: Sicher im Internet" : "Booking confirmed: Safe on the internet",
					"Sie haben einen Platz.\n- Bitte bringen Sie Ihr Smartphone mit.", "/meine-buchungen", false);
		// the resident's own idea, which a moderator asked them to change
		long ownIdea = spring.getBean(TestIdeas.class).askedOf(resident, "Bank am Marktplatz " + display);
		return new Visitor(admin, resident, trainerPages, mail, ownIdea);
	}

	/**
	 * A course with a date that has checked-in, not come, open and waiting participants,
	 * made by the admin through the services.
	 */
	private static TrainerPages trainerPages(ApplicationContext spring, String admin, Display display) {
		TestAccounts accounts = spring.getBean(TestAccounts.class);
		CourseService courses = spring.getBean(CourseService.class);
		ParticipantService participants = spring.getBean(ParticipantService.class);
		BookingService bookings = spring.getBean(BookingService.class);
		accounts.signIn(admin);
		try {
			long place = spring.getBean(PlaceService.class)
				.createPlace(new NewPlace("Stadtbücherei " + display + " " + System.nanoTime(),
						"Rathausallee 50, 22846 Norderstedt", true, true, false, 20));
			Instant start = Instant.now().plus(Duration.ofDays(3));
			List<Long> dates = courses
				.createCourse(
						new NewCourse("Sicher im Internet " + display, "Wir üben, gefälschte Nachrichten zu erkennen.",
								CourseTopic.SAFETY, CourseLevel.BEGINNER, null, place, 3, 0,
								List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90))),
										new NewCourse.Slot(start.plus(Duration.ofDays(7)),
												start.plus(Duration.ofDays(7).plusMinutes(90))))));
			long date = dates.get(0);
			Booking here = bookings.book(new BookingRequest(date, "Aylin Yıldız", "040 111", null, false));
			Booking away = bookings.book(new BookingRequest(date, "Bernd Schulz", "040 222", null, false));
			bookings.book(new BookingRequest(date, "Carla Petersen", "040 333", null, false));
			bookings.book(new BookingRequest(date, "Dieter Krause", "040 444", null, false));
			participants.checkInBooking(here.id());
			participants.markNoShow(away.id());
			return new TrainerPages(courses.courseOfDate(date).orElseThrow(), date, "Aylin Yıldız");
		}
		finally {
			accounts.signOut();
		}
	}

	/**
	 * A place with one course that a kiosk standing there offers; returns the place.
	 */
	private static long kioskCourse(CourseService courses, PlaceService places, TestAccounts accounts) {
		accounts.ensure("a11y-courses-admin", Role.ADMIN);
		accounts.signIn("a11y-courses-admin");
		long place = places.createPlace(new NewPlace("Bücherei a11y " + System.nanoTime(),
				"Rathausallee 50, 22846 Norderstedt", true, true, false, 20));
		accounts.ensure("a11y-courses-trainer", Role.TRAINER);
		accounts.signIn("a11y-courses-trainer");
		try {
			Instant start = Instant.now().plus(Duration.ofDays(3));
			courses.createCourse(new NewCourse("Sicher im Internet", "Wir üben, wie man falsche Nachrichten erkennt.",
					CourseTopic.SAFETY, CourseLevel.BEGINNER, "Ihr Smartphone", place, 8, 500,
					List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90))))));
			return place;
		}
		finally {
			accounts.signOut();
		}
	}

	/**
	 * Booking a course at the kiosk: the list, a date, a form step with the keyboard, the
	 * check and the ticket.
	 */
	private void checkKioskCourses(Display display) {
		boolean german = display.german();
		useKiosk(Objects.requireNonNull(shown.courseKiosks().get(display.language())));
		open("/kiosk/kurse");
		check("kiosk-courses-list", display, 64);
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Sicher im Internet")))
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
		Locator field = this.page.getByLabel(label);
		field.fill(value);
		field.dispatchEvent("change");
		this.page
			.getByRole(AriaRole.GROUP,
					new Page.GetByRoleOptions().setName(german ? "Bildschirmtastatur" : "On-screen keyboard"))
			.getByRole(AriaRole.BUTTON, exactly(german ? "Fertig" : "Done"))
			.click();
	}

	private void check(String page, Display display, int minTarget) {
		check(page, display, minTarget, true);
	}

	/**
	 * axe, no sideways scrolling at 1280 px, targets of at least {@code minTarget} px, a
	 * screenshot; and, where {@code reflow}, no sideways scrolling in a narrow window
	 * either ({@link PageChecks#assertReflows}).
	 * @param reflow whether to check narrow windows too (not with the on-screen keyboard
	 * open nor on the locker terminal, which are made for the wide screens of kiosks)
	 */
	private void check(String page, Display display, int minTarget, boolean reflow) {
		String name = page + "-" + display;
		assertAccessible(this.page, name);
		assertNoHorizontalScrolling(this.page, name + " at 1280 px");
		assertTouchTargets(this.page, minTarget, name);
		screenshot(this.page, "every-page/" + name);
		if (reflow) {
			assertReflows(this.page, display.size(), name);
		}
	}

	/**
	 * A plain page (the installed app's offline page) in the display, as the service
	 * worker gives it the person's text size and contrast.
	 */
	private void plainDisplay(Display display) {
		this.page.evaluate(
				"d => { document.documentElement.dataset.textSize = d.size;"
						+ " document.documentElement.dataset.contrast = d.contrast; }",
				Map.of("size", String.valueOf(display.size()), "contrast", display.highContrast() ? "high" : "normal"));
	}

	/** The path of a new invitation link (made by an admin of the sweep). */
	private String invitationPath() {
		this.accounts.ensure("sweep-inviter", Role.ADMIN);
		this.accounts.signIn("sweep-inviter");
		try {
			Invitation invitation = this.invitations
				.invite(new NewInvitation("sweep-inv-" + ThreadLocalRandom.current().nextInt(1_000_000), "Petra Probe",
						Set.of(Role.RESIDENT)));
			return invitation.link().substring(invitation.link().indexOf(InvitationService.PATH));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Signs in through the form in the language the page currently speaks. */
	private void signInIn(String language, String username) {
		// the form is found by its German or English names alike
		signIn(this.page, username);
		heading1().waitFor();
	}

	/** "Weiter" on a kiosk screen (the on-screen keyboard has keys of its own). */
	private void kioskNext(boolean german) {
		this.page.locator(".kiosk-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(german ? "Weiter" : "Next"))
			.click();
	}

}
