package de.norderstedt.go.e2e;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.courses.NewPlace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 from end to end: a trainer creates a course with 2 places; Helga books at the
 * kiosk by touch, Jens on the web without an account, Aylin signed in and waits; Helga
 * cancels with her code and Aylin moves up; the trainer's camera reads Aylin's ticket and
 * checks her in; the participant list PDF lists her as there. Every page passes axe.
 */
class CourseAcceptanceEndToEndTest extends EndToEndTest {

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

	@Test
	void two_places_three_bookings_a_cancellation_a_promotion_and_a_camera_check_in() throws Exception {
		long suffix = System.nanoTime();
		String title = "Das Smartphone kennenlernen " + suffix;
		this.accounts.ensure("acceptance-admin", Role.ADMIN);
		this.accounts.signIn("acceptance-admin");
		long place = this.places.createPlace(new NewPlace("Stadtbücherei Mitte " + suffix,
				"Rathausallee 50, 22846 Norderstedt", true, true, true, 20));
		this.accounts.signOut();
		String trainer = "acceptance-trainer-" + suffix;
		this.accounts.ensure(trainer, Role.TRAINER);

		// the trainer creates the course with 2 places through the form
		LocalDate day = LocalDate.now(CityTime.ZONE).plusDays(4);
		try (BrowserContext desk = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page page = desk.newPage();
			signIn(page, trainer);
			page.navigate(url("/trainer/kurs/neu"));
			field(page, "Titel").fill(title);
			field(page, "Beschreibung").fill("Wir üben in Ruhe: tippen, wischen, anrufen und Fotos ansehen.");
			field(page, "Ort").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Stadtbücherei Mitte " + suffix))
				.click();
			field(page, "Plätze").fill("2");
			field(page, "Tag").fill(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
			field(page, "Tag").press("Enter");
			field(page, "Von (Uhrzeit)").fill("10:00");
			field(page, "Von (Uhrzeit)").press("Enter");
			field(page, "Bis (Uhrzeit)").fill("11:30");
			field(page, "Bis (Uhrzeit)").press("Enter");
			assertAccessible(page, "acceptance: new course");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kurs anlegen")).click();
			page.waitForURL(Pattern.compile(".*/trainer\\?.*"));
			assertAccessible(page, "acceptance: trainer courses");
		}
		CourseDate date = courseNamed(title).dates().get(0);
		assertThat(date.capacity()).isEqualTo(2);
		assertThat(date.startsAt().atZone(CityTime.ZONE).toLocalDate()).isEqualTo(day);

		// 1. Helga at the library kiosk, by touch only
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		open("/kiosk");
		link(Pattern.compile("^Kurse buchen")).tap();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + title))).tap();
		assertThat(this.page.getByText("Noch 2 Plätze frei")).isVisible();
		kioskChecks("acceptance: kiosk date");
		button("Diesen Kurs buchen").tap();
		this.page.getByLabel("Ihr Vor- und Nachname").tap();
		Locator keys = keyboard("Bildschirmtastatur");
		typeOnScreen(keys, "Helga Hansen");
		kioskChecks("acceptance: kiosk name");
		keys.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		this.page.getByLabel("Telefonnummer").tap();
		typeOnScreen(keys, "040525252");
		keys.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();
		kioskChecks("acceptance: kiosk check");
		button("Jetzt verbindlich buchen").tap();
		assertThat(heading1()).hasText("Sie sind angemeldet.");
		String helga = this.page.locator("#kiosk-ticket-code").textContent().replace(" ", "");
		kioskChecks("acceptance: kiosk ticket");
		button("Fertig — alles löschen").tap();
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));

		// 2. Jens on the web, without an account
		String jens;
		try (BrowserContext web = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page page = web.newPage();
			page.navigate(url("/kurse"));
			assertAccessible(page, "acceptance: course list");
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("Platz buchen: " + title)))
				.click();
			assertThat(page.getByText("Noch 1 Platz frei")).isVisible();
			page.getByLabel("Vor- und Nachname").fill("Jens Peters");
			page.getByLabel("E-Mail-Adresse").fill("jens.peters@example.org");
			assertAccessible(page, "acceptance: web booking");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich buchen")).click();
			assertThat(page.locator("#ticket-state")).hasText(Pattern.compile("Ihr Platz ist sicher"));
			jens = page.locator("#ticket-code").textContent().replace(" ", "");
			assertAccessible(page, "acceptance: web ticket");
		}

		// 3. Aylin, signed in: the date is full, she waits at position 1
		Account aylinAccount = this.accounts.ensure("aylin-" + suffix % 100000, Role.RESIDENT);
		String aylin;
		try (BrowserContext phone = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844))) {
			Page page = phone.newPage();
			signIn(page, aylinAccount.username());
			page.navigate(url("/kurse/buchen/" + date.id()));
			assertThat(page.getByText("Ausgebucht").first()).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Auf die Warteliste setzen")).click();
			assertThat(page.locator("#ticket-state")).hasText(Pattern.compile("Warteliste, Platz 1"));
			aylin = page.locator("#ticket-code").textContent().replace(" ", "");
			assertAccessible(page, "acceptance: waiting ticket");

			// 4. Helga cancels with the code from her kiosk ticket
			try (BrowserContext other = Browsers.chromium().newContext()) {
				Page cancel = other.newPage();
				cancel.navigate(url("/buchung"));
				cancel.getByLabel("Buchungscode").fill(helga);
				cancel.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buchung anzeigen")).click();
				cancel.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buchung stornieren")).click();
				cancel.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, stornieren")).click();
				assertThat(cancel.locator("#ticket-state")).hasText("Diese Buchung ist storniert.");
				assertAccessible(cancel, "acceptance: cancelled ticket");
			}

			// 5. Aylin has the place now, and the app tells her
			page.navigate(url("/ticket/" + aylin));
			assertThat(page.locator("#ticket-state")).hasText(Pattern.compile("Ihr Platz ist sicher"));
			// the message comes from the BookingPromoted event, handled after the commit,
			// in
			// the notification centre, which "Meine Buchungen" shows
			// (the title holds letters, digits and blanks only: no quoting, which the
			// browser's regular expressions would not understand)
			Locator promoted = page
				.getByText(Pattern.compile("Gute Nachricht: .* hat jetzt einen Platz bei „" + title + "“"));
			for (int attempt = 0; attempt < 40 && promoted.count() == 0; attempt++) {
				page.navigate(url("/meine-buchungen"));
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Buchungen").setLevel(1))
					.waitFor();
				if (promoted.count() == 0) {
					page.waitForTimeout(500);
				}
			}
			assertThat(promoted).isVisible();
			assertAccessible(page, "acceptance: my bookings");
		}
		assertThat(status(helga)).isEqualTo(BookingStatus.CANCELLED);
		assertThat(status(jens)).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(status(aylin)).isEqualTo(BookingStatus.CONFIRMED);

		// 6. at the course, the trainer's camera reads Aylin's ticket
		try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(aylin));
				BrowserContext tablet = camera
					.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			tablet.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
			Page page = tablet.newPage();
			page.setDefaultTimeout(20_000);
			signIn(page, trainer);
			page.navigate(url("/trainer/termin/" + date.id()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ticket mit der Kamera scannen"))
				.click();
			assertThat(page.getByRole(AriaRole.ALERT)
				.filter(new Locator.FilterOptions().setHasText(aylinAccount.displayName() + " ist eingecheckt.")))
				.isVisible();
			assertAccessible(page, "acceptance: check-in by camera");
			screenshot(page, "acceptance-check-in");

			// 7. the participant list lists her as there
			Download pdf = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teilnehmerliste als PDF"))
						.click());
			String text;
			try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
				text = new PDFTextStripper().getText(document);
			}
			assertThat(text).contains(title);
			assertThat(text.lines().filter(line -> line.contains(aylinAccount.displayName()))).singleElement()
				.satisfies(line -> assertThat(line).contains("Platz sicher").contains("Da seit"));
			assertThat(text).contains("Jens Peters");
		}
		assertThat(this.bookings.findByCode(aylin).orElseThrow().checkedInAt()).isNotNull();
	}

	private void kioskChecks(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
	}

	private BookingStatus status(String code) {
		return this.bookings.findByCode(code).map(Booking::status).orElseThrow();
	}

	private Course courseNamed(String title) {
		this.accounts.signIn("acceptance-admin");
		try {
			return this.courses.myCourses().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
		}
		finally {
			this.accounts.signOut();
		}
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

}
