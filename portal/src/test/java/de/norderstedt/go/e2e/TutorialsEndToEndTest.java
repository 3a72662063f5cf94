package de.norderstedt.go.e2e;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning with the tutorials: "Den Touchscreen bedienen" at the library kiosk by touch
 * alone (tap, swipe, scroll, an answer to choose), hints after a wrong try and after a
 * while without progress, and an anonymous learner who continues on another device with
 * the resume code.
 */
class TutorialsEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses testCourses;

	@Autowired
	CourseService courses;

	@Autowired
	BookingService bookings;

	@Test
	void helga_learns_the_touchscreen_basics_at_the_kiosk_by_touch_alone() {
		useTouchScreen();
		enrollThisBrowser();
		List<String> spoken = recordSpokenTexts();

		open("/kiosk");
		link(Pattern.compile("^Üben mit Anleitungen")).tap();
		assertThat(heading1()).hasText("Üben mit Anleitungen");
		checkKioskPage("kiosk-tutorials-list-de");
		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Den Touchscreen bedienen")))
			.tap();

		// 1: welcome
		assertThat(heading1()).hasText("Willkommen");
		assertThat(this.page.getByText("Schritt 1 von 6")).isVisible();
		assertThat(this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("Eine Hand tippt mit dem Zeigefinger auf einen Handy-Bildschirm.")))
			.isVisible();
		checkKioskPage("kiosk-tutorial-welcome-de");
		button("Weiter").tap();

		// 2: tap; a wrong tap brings the hint, shown and spoken
		assertThat(heading1()).hasText("Tippen");
		assertThat(this.page.getByText("Schritt 2 von 6")).isVisible();
		Locator phone = region("Übungs-Handy: Startbildschirm");
		assertThat(button("Überspringen")).isVisible();
		phone.getByRole(AriaRole.BUTTON, exactly("Kamera")).tap();
		Locator feedback = this.page.locator("#tutorial-feedback");
		assertThat(feedback).hasText(Pattern.compile("^Suchen Sie das Feld mit dem dicken Rahmen."));
		this.page.waitForCondition(() -> spoken.stream().anyMatch(t -> t.startsWith("Suchen Sie das Feld")));
		checkKioskPage("kiosk-tutorial-tap-de");
		phone.getByRole(AriaRole.BUTTON, exactly("Wetter")).tap();
		assertThat(feedback).hasText("Sehr gut! Die Wetter-App ist jetzt offen.");
		assertThat(phone.getByRole(AriaRole.HEADING, exactly("Wetter"))).isVisible();
		assertThat(button("Nochmal üben")).isVisible();
		button("Weiter").tap();

		// 3: swipe with the finger, right to left, twice
		assertThat(heading1()).hasText("Wischen");
		Locator photos = region("Übungs-Handy: Fotos");
		assertThat(photos.getByText("Bild 1 von 3")).isVisible();
		swipeByTouch(photos.getByText("Der Stadtpark im Sommer"), -300);
		assertThat(photos.getByText("Bild 2 von 3")).isVisible();
		swipeByTouch(photos.getByText("Ein See mit Enten"), -300);
		assertThat(photos.getByText("Das Rathaus von Norderstedt")).isVisible();
		assertThat(feedback).hasText("Geschafft! Das ist das Rathaus.");
		checkKioskPage("kiosk-tutorial-swipe-de");
		button("Weiter").tap();

		// 4: scroll the list by finger until "Ute" shows, then tap her
		assertThat(heading1()).hasText("Blättern nach unten");
		Locator contacts = region("Übungs-Handy: Kontakte");
		Locator ute = contacts.getByRole(AriaRole.BUTTON, exactly("Ute"));
		assertThat(ute).not().isInViewport();
		Locator list = contacts.getByRole(AriaRole.GROUP, exactly("Liste: Kontakte"));
		this.page.waitForCondition(() -> {
			scrollByTouch(list, 200);
			return (Boolean) ute.evaluate("e => { const l = e.parentElement.getBoundingClientRect(), r = "
					+ "e.getBoundingClientRect(); return r.bottom <= l.bottom + 1; }");
		});
		ute.tap();
		assertThat(feedback).hasText("Prima! Sie haben Ute gefunden.");
		button("Weiter").tap();

		// 5: an answer to choose; each explains itself
		assertThat(heading1()).hasText("Vertippt? Kein Problem.");
		button("Ich drücke fester auf den Bildschirm.").tap();
		assertThat(feedback).hasText(Pattern.compile("^Das hilft nicht."));
		checkKioskPage("kiosk-tutorial-choose-de");
		button("Ich tippe auf „Zurück“.").tap();
		assertThat(feedback).hasText(Pattern.compile("^Richtig."));
		button("Weiter").tap();

		// 6: the last step, then the finish screen
		assertThat(heading1()).hasText("Gut gemacht");
		assertThat(this.page.getByText("Schritt 6 von 6")).isVisible();
		button("Abschließen").tap();
		assertThat(heading1()).hasText("Geschafft!");
		assertThat(this.page.getByText("Sie haben die Anleitung „Den Touchscreen bedienen“ bis zum Ende gemacht."))
			.isVisible();
		assertThat(this.page.getByText("An diesem Bildschirm wird nichts über Sie gespeichert.",
				new Page.GetByTextOptions()))
			.isVisible();
		checkKioskPage("kiosk-tutorial-finish-de");
		button("Alle Anleitungen").tap();
		assertThat(heading1()).hasText("Üben mit Anleitungen");
	}

	@Test
	void the_hint_comes_by_itself_after_a_while_without_progress_and_the_practice_can_be_repeated() {
		this.page.clock().install();
		open("/lernen/touchscreen-basics/2");
		assertThat(heading1()).hasText("Tippen");
		Locator feedback = this.page.locator("#tutorial-feedback");
		assertThat(feedback).isHidden();
		this.page.clock().runFor(31_000);
		assertThat(feedback).hasText(Pattern.compile("^Suchen Sie das Feld mit dem dicken Rahmen."));

		region("Übungs-Handy: Startbildschirm").getByRole(AriaRole.BUTTON, exactly("Wetter")).click();
		assertThat(feedback).hasText("Sehr gut! Die Wetter-App ist jetzt offen.");
		button("Nochmal üben").click();
		assertThat(region("Übungs-Handy: Startbildschirm").getByRole(AriaRole.BUTTON, exactly("Wetter"))).isVisible();
		assertThat(button("Überspringen")).isVisible();
		assertThat(feedback).isHidden();
	}

	@Test
	void an_anonymous_learner_stops_halfway_and_continues_with_the_resume_code_in_another_browser() {
		open("/lernen");
		assertThat(heading1()).hasText("Üben mit Anleitungen");
		link("Den Touchscreen bedienen").click();
		assertThat(heading1()).hasText("Willkommen");
		button("Weiter").click();
		assertThat(heading1()).hasText("Tippen");
		button("Überspringen").click();
		assertThat(heading1()).hasText("Wischen");
		assertThat(this.page.getByText("Schritt 3 von 6")).isVisible();

		button("Später weitermachen").click();
		Locator panel = region("Ihr Code zum Weitermachen");
		String shown = this.page.locator("#tutorial-resume-code").textContent().strip();
		assertThat(shown).matches("[A-Z2-9]{3} [A-Z2-9]{3}");
		String code = shown.replace(" ", "");
		Locator qr = panel.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("QR-Code zum Weitermachen auf dem Handy, Code " + shown));
		assertThat(decoded(qr)).isEqualTo(url("/lernen/fortsetzen?code=" + code));
		assertAccessible(this.page, "tutorial resume code");
		screenshot(this.page, "tutorial-resume-code-de");

		// another device: a typo is explained and changes nothing; the code, typed
		// loosely,
		// opens the same step
		try (BrowserContext other = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page phone = other.newPage();
			phone.navigate(url("/lernen"));
			phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit einem Code weitermachen")).click();
			assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Mit einem Code weitermachen");
			Locator field = phone.getByLabel("Code zum Weitermachen");
			field.fill("ZZZ 999");
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weitermachen").setExact(true))
				.click();
			// the field's error, and (for a moment) the copy Vaadin puts into its live
			// region for screen readers
			assertThat(phone
				.getByText("Diesen Code kennen wir nicht, oder er gilt nicht mehr.", new Page.GetByTextOptions())
				.first()).isVisible();
			assertThat(phone).hasURL(Pattern.compile(".*/lernen/fortsetzen$"));
			assertAccessible(phone, "tutorial resume refused");
			field.fill(code.substring(0, 3).toLowerCase() + " " + code.substring(3).toLowerCase());
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weitermachen").setExact(true))
				.click();
			assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Wischen");
			assertThat(phone.getByText("Schritt 3 von 6")).isVisible();
			assertThat(phone).hasURL(Pattern.compile(".*/lernen/touchscreen-basics/3$"));

			// the QR code's link goes straight there
			Page scanned = other.newPage();
			scanned.navigate(url("/lernen/fortsetzen?code=" + code));
			assertThat(scanned.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Wischen");
		}
	}

	@Test
	void a_learner_who_agrees_is_seen_by_her_trainer_while_the_course_runs_until_she_withdraws() {
		String title = "Tablet-Treff " + System.nanoTime() % 100000;
		long place = this.testCourses.place("Lernort");
		long date = this.testCourses.course(title, place, 10, List.of(TestCourses.inDays(6, 10))).get(0);
		Account trainer = this.accounts.ensure("tutorial-trainer", Role.TRAINER);
		this.accounts.ensure("tutorial-admin", Role.ADMIN);
		this.accounts.signIn("tutorial-admin");
		this.courses.setTrainers(this.courses.courseOfDate(date).orElseThrow(), Set.of(trainer.id()));
		// Bernd books with his account and does not agree
		this.accounts.ensure("tutorial-bernd", Role.RESIDENT);
		this.accounts.signIn("tutorial-bernd");
		this.bookings.book(new BookingRequest(date, "Bernd Schulz", null, null, true));
		this.accounts.signOut();
		this.accounts.ensure("tutorial-erika", Role.RESIDENT);

		// Erika books on the web: she is asked, nothing is ticked for her, and she agrees
		signIn("tutorial-erika");
		open("/kurse/buchen/" + date);
		this.page.getByLabel("Vor- und Nachname").fill("Erika Muster");
		Locator consent = this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
			.setName("Meine Trainerin / mein Trainer darf während des Kurses sehen, welche Übungen ich gemacht habe."));
		assertThat(consent).not().isChecked();
		consent.check();
		button("Verbindlich buchen").click();
		this.page.waitForURL(Pattern.compile(".*/ticket/[A-Z2-9]{8}$"));
		assertThat(this.page.locator("#progress-consent-state")).hasText(
				"Sie haben zugestimmt: Ihre Trainerin oder Ihr Trainer darf am Tag dieses Termins sehen, welche Übungen Sie gemacht haben.");
		String ticket = this.page.url();

		open("/lernen/touchscreen-basics/6");
		button("Abschließen").click();
		assertThat(heading1()).hasText("Geschafft!");
		assertThat(this.page.getByText("Ihr Fortschritt ist in Ihrem Konto gespeichert.")).isVisible();
		open("/lernen/qr-scanning/2");
		open("/lernen");
		Locator basics = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHas(link("Den Touchscreen bedienen")));
		assertThat(basics).containsText("Abgeschlossen");
		Locator qr = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("QR-Code"))
			.first();
		assertThat(qr).containsText("Begonnen: weiter bei Schritt 2 von");
		assertAccessible(this.page, "tutorials with progress");

		try (BrowserContext other = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page jens = other.newPage();
			signIn(jens, "tutorial-trainer");
			jens.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lernfortschritt (Trainer)")).click();
			assertThat(jens.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Lernfortschritt meiner Teilnehmenden");
			// before the day of the date: nothing, also with her consent
			assertThat(jens.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(title))).hasCount(0);

			// the date begins: Jens sees Erika's progress, and Bernd only as a number
			this.testCourses.beganJustNow(date);
			jens.reload();
			Locator course = jens.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(title));
			Locator row = course.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName(title))
				.getByRole(AriaRole.ROW)
				.filter(new Locator.FilterOptions().setHasText("Erika Muster"));
			assertThat(row).containsText("Den Touchscreen bedienen");
			assertThat(row.getByRole(AriaRole.CELL).nth(2)).containsText("QR-Code");
			assertThat(course).containsText("1 Person hat heute nicht zugestimmt und erscheint deshalb nicht.");
			assertThat(course).not().containsText("Bernd");
			checkAtTwoTextSizes(jens, "trainer-learning-progress", 48);

			// Erika withdraws on her ticket, and is told so in words
			this.page.navigate(ticket);
			button("Zustimmung zurücknehmen").click();
			assertThat(this.page.locator("#progress-consent-done")).hasText(
					"Gespeichert: Ihre Zustimmung ist zurückgenommen. Ihre Trainerin oder Ihr Trainer sieht Ihre Übungen nicht mehr.");
			assertThat(this.page.locator("#progress-consent-state")).containsText("Sie haben nicht zugestimmt");
			assertThat(button("Ich stimme zu")).isVisible();
			checkAtTwoTextSizes(this.page, "course-ticket-consent", 48);

			// Jens no longer sees her
			jens.reload();
			assertThat(course).containsText("2 Personen haben heute nicht zugestimmt und erscheinen deshalb nicht.");
			assertThat(course).containsText("Heute hat in diesem Kurs niemand zugestimmt.");
			assertThat(course.getByRole(AriaRole.TABLE)).hasCount(0);
			assertThat(course).not().containsText("Erika");
		}
	}

	@Test
	void a_learner_does_the_practices_with_the_keyboard_alone() {
		open("/lernen/touchscreen-basics/2");
		Locator feedback = this.page.locator("#tutorial-feedback");
		tabTo("W Wetter");
		press("Enter");
		assertThat(feedback).hasText("Sehr gut! Die Wetter-App ist jetzt offen.");
		tabTo("Weiter");
		press("Enter");

		assertThat(heading1()).hasText("Wischen");
		tabTo("Nächstes Bild");
		press("Enter");
		press("Enter");
		assertThat(feedback).hasText("Geschafft! Das ist das Rathaus.");
		tabTo("Weiter");
		press("Enter");

		assertThat(heading1()).hasText("Blättern nach unten");
		tabTo("U Ute");
		press("Enter");
		assertThat(feedback).hasText("Prima! Sie haben Ute gefunden.");
		tabTo("Weiter");
		press("Enter");

		assertThat(heading1()).hasText("Vertippt? Kein Problem.");
		tabTo("Ich tippe auf „Zurück“.");
		press("Space");
		assertThat(feedback).hasText(Pattern.compile("^Richtig."));
	}

	@Test
	void helga_scans_the_practice_code_with_the_kiosk_camera_and_a_wrong_code_is_explained() {
		for (String shown : List.of("https://example.org/falsch", "https://go.norderstedt.de/lernen")) {
			try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(shown));
					BrowserContext kiosk = camera.newContext(new Browser.NewContextOptions().setLocale("de-DE")
						.setViewportSize(1280, 1024)
						.setHasTouch(true))) {
				kiosk.grantPermissions(List.of("camera"),
						new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
				enroll(kiosk, 120, "de");
				Page screen = kiosk.newPage();
				screen.navigate(url("/kiosk/lernen/qr-scanning/5"));
				screen
					.getByRole(AriaRole.BUTTON,
							new Page.GetByRoleOptions().setName("Mit der Kamera dieses Geräts scannen"))
					.tap();
				Locator feedback = screen.locator("#tutorial-feedback");
				if (shown.contains("example.org")) {
					assertThat(feedback).hasText(Pattern.compile("^Das war ein anderer QR-Code."));
					assertThat(screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Überspringen")))
						.isVisible();
				}
				else {
					assertThat(feedback).hasText("Geschafft! Sie haben Ihren ersten QR-Code gescannt.");
					assertThat(screen.getByText("Gefunden: https://go.norderstedt.de/lernen.")).isVisible();
					assertAccessible(screen, "kiosk tutorial scanned");
					screenshot(screen, "kiosk-tutorial-scan-camera-de");
				}
			}
		}
	}

	@Test
	void helga_scans_the_practice_code_on_the_kiosk_with_her_own_phone() {
		useTouchScreen();
		enrollThisBrowser();
		open("/kiosk/lernen/qr-scanning/5");
		assertThat(this.page.getByText("Scannen Sie den Code mit der Kamera Ihres eigenen Handys.",
				new Page.GetByTextOptions()))
			.isVisible();
		String link = decoded(
				this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-Code zum Üben")));
		assertThat(link).matches(Pattern.quote(url("/lernen/gescannt/")) + "[A-Za-z0-9_-]{22}");
		checkKioskPage("kiosk-tutorial-scan-de");

		try (BrowserContext phoneContext = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844))) {
			Page phone = phoneContext.newPage();
			phone.navigate(link);
			assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Geschafft! Sie haben den Code gescannt.");
			assertAccessible(phone, "scanned on the phone");
			screenshot(phone, "tutorial-scanned-phone-de");
			phone.navigate(url("/lernen/gescannt/AAAAAAAAAAAAAAAAAAAAAA"));
			assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Dieser Übungs-Code gilt nicht mehr");
		}
		// the kiosk notices by itself
		assertThat(this.page.locator("#tutorial-feedback"))
			.hasText("Geschafft! Sie haben Ihren ersten QR-Code gescannt.");
		assertThat(button("Weiter")).isVisible();
	}

	@Test
	void helga_types_the_passphrase_with_the_on_screen_keyboard() {
		useTouchScreen();
		enrollThisBrowser();
		open("/kiosk/lernen/passwords-passkeys/3");
		Locator field = this.page.getByLabel("Passwort-Satz");
		field.tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		typeOnScreen(keyboard, "Apfel Regen");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Prüfen").tap();
		Locator feedback = this.page.locator("#tutorial-feedback");
		assertThat(feedback).hasText("Das stimmt noch nicht ganz. Schreiben Sie: Apfel Regen Fahrrad");
		checkKioskPage("kiosk-tutorial-type-wrong-de");
		field.tap();
		typeOnScreen(keyboard, " fahrrad");
		// the keyboard's "Fertig" is its Enter key: it checks the answer too
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		assertThat(feedback).hasText("Sehr gut! So tippen Sie einen Passwort-Satz.");
		assertThat(button("Prüfen")).isHidden();
	}

	@Test
	void who_chose_simple_language_reads_the_simple_variant_of_a_step() {
		open("/lernen/touchscreen-basics/2");
		assertThat(this.page.getByText("Tippen heißt: Sie berühren den Bildschirm kurz mit der Fingerkuppe.",
				new Page.GetByTextOptions()))
			.isVisible();
		button("Anzeige und Sprache").click();
		button("Einfache Sprache").click();
		assertThat(this.page.getByText("Tippen geht so: Finger kurz auf den Bildschirm.", new Page.GetByTextOptions()))
			.isVisible();
		assertThat(this.page.getByText("Tippen heißt:", new Page.GetByTextOptions())).hasCount(0);
		assertAccessible(this.page, "tutorial step in simple language");
	}

	@Test
	void the_english_learner_gets_the_tutorial_in_english() {
		open("/lernen/touchscreen-basics/2");
		setDisplay("en", false, 100);
		assertThat(heading1()).hasText("Tapping");
		assertThat(this.page.getByText("Step 2 of 6")).isVisible();
		region("Practice phone: Home screen").getByRole(AriaRole.BUTTON, exactly("Weather")).click();
		assertThat(this.page.locator("#tutorial-feedback")).hasText("Very good! The weather app is now open.");
		assertAccessible(this.page, "tutorial step en");
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private void checkKioskPage(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
		screenshot(this.page, name);
	}

	/** A finger put on the element, moved sideways by dx CSS px, and lifted. */
	private void swipeByTouch(Locator target, double dx) {
		target.scrollIntoViewIfNeeded();
		BoundingBox box = target.boundingBox();
		drag(box.x + box.width / 2 + (dx < 0 ? 100 : -100), box.y + box.height / 2, dx, 0);
	}

	/**
	 * A finger pushing the element's content up by the distance, as to see more of a
	 * list.
	 */
	private void scrollByTouch(Locator target, int distance) {
		target.scrollIntoViewIfNeeded();
		BoundingBox box = target.boundingBox();
		drag(box.x + box.width / 2, box.y + box.height * 0.8, 0, -distance);
	}

	/**
	 * Real touch events, through the browser's input pipeline (gestures, scrolling), at a
	 * finger's pace: 10 moves 16 ms apart, then the finger rests 200 ms before it lifts,
	 * so no fling follows (a tap during a fling only stops it).
	 */
	private void drag(double x, double y, double dx, double dy) {
		CDPSession cdp = this.context.newCDPSession(this.page);
		double start = System.currentTimeMillis() / 1000.0 - 2.0;
		for (int i = 0; i <= 14; i++) {
			int step = Math.min(i, 10);
			JsonObject point = new JsonObject();
			point.addProperty("x", x + dx * step / 10);
			point.addProperty("y", y + dy * step / 10);
			JsonArray points = new JsonArray();
			points.add(point);
			JsonObject event = new JsonObject();
			event.addProperty("type", i == 0 ? "touchStart" : "touchMove");
			event.add("touchPoints", points);
			event.addProperty("timestamp", start + 0.016 * step + 0.05 * Math.max(0, i - 10));
			cdp.send("Input.dispatchTouchEvent", event);
		}
		JsonObject end = new JsonObject();
		end.addProperty("type", "touchEnd");
		end.add("touchPoints", new JsonArray());
		end.addProperty("timestamp", start + 0.4);
		cdp.send("Input.dispatchTouchEvent", end);
		cdp.detach();
	}

}
