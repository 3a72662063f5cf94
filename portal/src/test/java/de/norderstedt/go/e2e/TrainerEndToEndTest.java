package de.norderstedt.go.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.courses.NewPlace;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.courses.ui.CourseTexts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer's day: a weekly course entered through the form, people checked in by name,
 * by camera and by code, a no-show, the lists downloaded, a date cancelled and another
 * moved; an admin adds a place.
 */
class TrainerEndToEndTest extends EndToEndTest {

	private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

	@AfterEach
	void signOutOfServices() {
		this.accounts.signOut();
	}

	@Test
	void a_trainer_creates_a_weekly_course_checks_people_in_and_changes_dates() throws IOException {
		long suffix = System.nanoTime();
		Place place = place("Stadtbücherei Garstedt " + suffix);
		String trainer = "trainer-e2e-" + suffix;
		this.accounts.ensure(trainer, Role.TRAINER);
		String title = "WhatsApp für Einsteiger " + suffix;

		signIn(trainer);
		link("Meine Kurse (Trainer)").click();
		assertThat(heading1()).hasText("Meine Kurse");
		button("Neuen Kurs anlegen").click();
		assertThat(heading1()).hasText("Neuen Kurs anlegen");
		assertAccessible(this.page, "new course form");
		assertTouchTargets(this.page, 48, "new course form");

		// bad input: a clear message, nothing created
		button("Kurs anlegen").click();
		assertThat(alert("Bitte geben Sie einen Titel an")).isVisible();
		field("Titel").fill(title);
		field("Beschreibung").fill("Wir schreiben Nachrichten, schicken Fotos und machen einen Videoanruf.");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nachrichten und Videoanrufe")).check();
		choosePlace(place.name());
		field("Plätze").fill("0");
		button("Kurs anlegen").click();
		assertThat(alert("Die Zahl der Plätze muss zwischen 1 und 500 liegen.")).isVisible();
		screenshot(this.page, "trainer/new-course-error");
		field("Plätze").fill("3");
		fillDay("Tag", LocalDate.now(CityTime.ZONE).minusDays(1));
		button("Kurs anlegen").click();
		assertThat(alert("Ein Termin liegt in der Vergangenheit.")).isVisible();
		assertThat(coursesOf(trainer)).isEmpty();

		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Wöchentlich")).check();
		LocalDate first = LocalDate.now(CityTime.ZONE).plusDays(7);
		fillDay("Erster Tag", first);
		fillTime("Von (Uhrzeit)", "10:00");
		fillTime("Bis (Uhrzeit)", "11:30");
		field("Wie viele Wochen?").fill("3");
		screenshot(this.page, "trainer/new-course-weekly");
		button("Kurs anlegen").click();

		this.page.waitForURL(Pattern.compile(".*/trainer\\?.*"));
		assertThat(this.page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(title)))
			.hasText("Der Kurs „" + title + "“ ist angelegt.");
		Course course = coursesOf(trainer).get(0);
		assertThat(course.title()).isEqualTo(title);
		assertThat(course.capacity()).isEqualTo(3);
		assertThat(course.dates()).hasSize(3);
		List<CourseDate> dates = course.dates();
		for (CourseDate date : dates) {
			assertThat(link("Teilnehmende am " + CourseTexts.when(date, Locale.GERMAN))).isVisible();
		}
		assertThat(this.page.getByText("0 von 3 Plätzen belegt, niemand auf der Warteliste")).hasCount(3);
		assertAccessible(this.page, "trainer courses");
		assertTouchTargets(this.page, 48, "trainer courses");
		screenshot(this.page, "trainer/courses");

		// people book (at the kiosk or on the web)
		CourseDate firstDate = dates.get(0);
		Booking aylin = book(firstDate, "Aylin Yıldız");
		Booking bernd = book(firstDate, "Bernd Schulz");
		book(firstDate, "Carla Petersen");
		book(firstDate, "Dieter Krause");
		Booking erika = book(dates.get(1), "Erika Lange");

		open("/trainer");
		assertThat(this.page.getByText("3 von 3 Plätzen belegt, 1 auf der Warteliste")).isVisible();
		link("Teilnehmende am " + CourseTexts.when(firstDate, Locale.GERMAN)).click();
		assertThat(heading1()).hasText(title);
		assertThat(this.page.getByText(CourseTexts.when(firstDate, Locale.GERMAN))).isVisible();
		assertThat(this.page.getByText("Dieter Krause – Platz 1")).isVisible();

		// by name
		button("Aylin Yıldız einchecken").click();
		assertThat(alert("Aylin Yıldız ist eingecheckt.")).isVisible();
		assertThat(button("Aylin Yıldız einchecken")).hasCount(0);

		// by camera, on a second device
		try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(bernd.code()));
				BrowserContext phone = camera
					.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844))) {
			phone.setDefaultTimeout(20_000);
			phone.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
			Page scanner = phone.newPage();
			signIn(scanner, trainer);
			scanner.navigate(url("/trainer/termin/" + firstDate.id()));
			scanner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ticket mit der Kamera scannen"))
				.click();
			assertThat(scanner.getByRole(AriaRole.ALERT)
				.filter(new Locator.FilterOptions().setHasText("Bernd Schulz ist eingecheckt."))).isVisible();
			assertAccessible(scanner, "date page scanned on a phone");
			screenshot(scanner, "trainer/date-scanned-phone");
		}

		// by code: a ticket of another date, and one already checked in
		field("Code eingeben").fill(erika.code());
		button("Code einchecken").click();
		assertThat(alert("Dieses Ticket gilt für einen anderen Termin.")).isVisible();
		field("Code eingeben").fill(CourseTexts.code(aylin.code()).toLowerCase(Locale.ROOT));
		button("Code einchecken").click();
		assertThat(alert("Aylin Yıldız war schon um")).hasText(Pattern.compile("war schon um \\d\\d:\\d\\d Uhr"));
		field("Code eingeben").fill("NICHTDA1");
		button("Code einchecken").click();
		assertThat(alert("Dieses Ticket kennen wir nicht.")).isVisible();

		button("Carla Petersen: nicht gekommen").click();
		assertThat(alert("Carla Petersen ist als „nicht gekommen“ eingetragen.")).isVisible();
		assertThat(button("Carla Petersen: zurücksetzen")).isVisible();
		assertThat(this.page.getByText("2 eingecheckt", new Page.GetByTextOptions().setExact(false))).isVisible();
		assertAccessible(this.page, "date page");
		assertTouchTargets(this.page, 48, "date page");
		screenshot(this.page, "trainer/date");

		// the lists
		Download pdf = this.page.waitForDownload(() -> link("Teilnehmerliste als PDF").click());
		String day = firstDate.startsAt().atZone(CityTime.ZONE).toLocalDate().toString();
		assertThat(pdf.suggestedFilename()).isEqualTo("teilnehmende-" + day + ".pdf");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Aylin Yıldız", "Bernd Schulz", title);
		}
		Download csv = this.page.waitForDownload(() -> link("Teilnehmerliste als CSV (Tabelle)").click());
		assertThat(csv.suggestedFilename()).isEqualTo("teilnehmende-" + day + ".csv");
		assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains("Aylin Yıldız", "Carla Petersen");

		// a message to everyone
		button("Nachricht senden").click();
		assertThat(alert("Bitte schreiben Sie eine Nachricht")).isVisible();
		field("Ihre Nachricht").fill("Bitte bringen Sie Ihr Ladekabel mit.");
		button("Nachricht senden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Nachricht wurde an 4 Personen geschickt.")))
			.isVisible();

		// cancel the third date, move the second
		open("/trainer");
		link("Kurs „" + title + "“ bearbeiten").click();
		assertThat(heading1()).hasText("Kurs bearbeiten");
		assertAccessible(this.page, "edit course");
		assertTouchTargets(this.page, 48, "edit course");
		screenshot(this.page, "trainer/edit-course");
		CourseDate third = dates.get(2);
		button("Termin absagen: " + CourseTexts.when(third, Locale.GERMAN)).click();
		Locator cancelDialog = this.page.getByRole(AriaRole.DIALOG,
				new Page.GetByRoleOptions().setName("Termin absagen"));
		// the dialog element itself has no box of its own; its content has
		Locator confirmCancel = cancelDialog.getByRole(AriaRole.BUTTON, exactly("Ja, Termin absagen"));
		assertThat(confirmCancel).isVisible();
		cancelDialog.getByLabel("Grund (freiwillig)").fill("Die Bücherei ist an diesem Tag geschlossen.");
		assertAccessible(this.page, "cancel date dialog");
		screenshot(this.page, "trainer/cancel-dialog");
		confirmCancel.click();
		assertThat(confirmCancel).isHidden();
		assertThat(this.page.getByText("Dieser Termin fällt aus. Grund: Die Bücherei ist an diesem Tag geschlossen."))
			.isVisible();
		CourseDate cancelled = this.courses.date(third.id()).orElseThrow();
		assertThat(cancelled.isCancelled()).isTrue();
		assertThat(cancelled.cancelReason()).isEqualTo("Die Bücherei ist an diesem Tag geschlossen.");

		CourseDate second = dates.get(1);
		button("Termin verschieben: " + CourseTexts.when(second, Locale.GERMAN)).click();
		Locator moveDialog = this.page.getByRole(AriaRole.DIALOG,
				new Page.GetByRoleOptions().setName("Termin verschieben"));
		Locator move = moveDialog.getByRole(AriaRole.BUTTON, exactly("Verschieben"));
		assertThat(move).isVisible();
		fillDay(moveDialog.getByLabel("Neuer Tag", new Locator.GetByLabelOptions().setExact(true)),
				LocalDate.now(CityTime.ZONE).minusDays(2));
		move.click();
		assertThat(moveDialog.getByRole(AriaRole.ALERT))
			.hasText(Pattern.compile("^Ein Termin liegt in der Vergangenheit"));
		assertAccessible(this.page, "move date dialog with error");
		screenshot(this.page, "trainer/move-dialog-error");
		LocalDate secondDay = second.startsAt().atZone(CityTime.ZONE).toLocalDate();
		fillDay(moveDialog.getByLabel("Neuer Tag", new Locator.GetByLabelOptions().setExact(true)), secondDay);
		fillTime(moveDialog.getByLabel("Von (Uhrzeit)", new Locator.GetByLabelOptions().setExact(true)), "14:00");
		fillTime(moveDialog.getByLabel("Bis (Uhrzeit)", new Locator.GetByLabelOptions().setExact(true)), "15:30");
		move.click();
		assertThat(move).isHidden();
		CourseDate moved = this.courses.date(second.id()).orElseThrow();
		assertThat(moved.startsAt().atZone(CityTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(moved.endsAt().atZone(CityTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(15, 30));
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Der Termin ist verschoben auf")))
			.hasText(Pattern.compile("14:00 bis 15:30 Uhr"));

		// capacity below the people booked is refused, nothing changes
		field("Plätze").fill("2");
		button("Änderungen speichern").click();
		assertThat(alert("So wenige Plätze gehen nicht")).isVisible();
		assertThat(this.courses.course(course.id()).orElseThrow().capacity()).isEqualTo(3);

		setDisplay("de", false, 200);
		assertNoHorizontalScrolling(this.page, "edit course 200 %");
		screenshot(this.page, "trainer/edit-course-200");
		open("/trainer/termin/" + firstDate.id());
		assertNoHorizontalScrolling(this.page, "date page 200 %");
		screenshot(this.page, "trainer/date-200");
		open("/trainer/kurs/neu");
		assertNoHorizontalScrolling(this.page, "new course 200 %");
		screenshot(this.page, "trainer/new-course-200");
	}

	@Test
	void an_admin_adds_and_changes_a_place() {
		long suffix = System.nanoTime();
		String admin = "places-admin-" + suffix;
		this.accounts.ensure(admin, Role.ADMIN);
		String name = "Bürgerhaus Harksheide " + suffix;

		signIn(admin);
		link("Orte").click();
		assertThat(heading1()).hasText("Orte");
		int before = placeCount();

		field("Adresse").fill("Am Exerzierplatz 1, 22844 Norderstedt");
		button("Ort anlegen").click();
		assertThat(alert("Bitte geben Sie den Namen des Ortes an")).isVisible();
		assertThat(placeCount()).isEqualTo(before);

		field("Name des Ortes").fill(name);
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Stufenloser Zugang")).check();
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Induktionsschleife für Hörgeräte"))
			.check();
		field("Sitzplätze").fill("0");
		button("Ort anlegen").click();
		assertThat(alert("Die Zahl der Sitzplätze muss zwischen 1 und 1000 liegen.")).isVisible();
		assertThat(placeCount()).isEqualTo(before);
		field("Sitzplätze").fill("30");
		button("Ort anlegen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Der Ort „" + name + "“ ist angelegt."))).isVisible();
		Locator card = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions()
				.setHas(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))));
		assertThat(card).containsText("Stufenloser Zugang · Induktionsschleife");
		assertThat(card).containsText("30 Sitzplätze");
		assertThat(placeCount()).isEqualTo(before + 1);
		assertAccessible(this.page, "places");
		assertTouchTargets(this.page, 48, "places");
		screenshot(this.page, "trainer/places");

		button("Ort „" + name + "“ bearbeiten").click();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ort bearbeiten: " + name)))
			.isVisible();
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Barrierefreies WC")).check();
		field("Sitzplätze").fill("25");
		button("Änderungen speichern").click();
		assertThat(card).containsText("Stufenloser Zugang · Induktionsschleife · Barrierefreies WC");
		assertThat(card).containsText("25 Sitzplätze");

		setDisplay("de", false, 200);
		assertNoHorizontalScrolling(this.page, "places 200 %");
		screenshot(this.page, "trainer/places-200");
	}

	// ---- helpers

	private Place place(String name) {
		this.accounts.ensure("trainer-e2e-admin", Role.ADMIN);
		this.accounts.signIn("trainer-e2e-admin");
		try {
			long id = this.places
				.createPlace(new NewPlace(name, "Europaallee 50, 22850 Norderstedt", true, true, true, 20));
			return this.places.place(id).orElseThrow();
		}
		finally {
			this.accounts.signOut();
		}
	}

	private int placeCount() {
		return this.places.places().size();
	}

	private List<Course> coursesOf(String trainer) {
		this.accounts.signIn(trainer);
		try {
			return this.courses.myCourses();
		}
		finally {
			this.accounts.signOut();
		}
	}

	private Booking book(CourseDate date, String name) {
		// one booking per contact and date: everyone has their own phone
		String phone = "040 " + Math.abs(name.hashCode() % 1_000_000);
		return this.bookings.book(new BookingRequest(date.id(), name, phone, null, false));
	}

	private Locator alert(String text) {
		return this.page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(text));
	}

	private Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private void choosePlace(String name) {
		field("Ort").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
	}

	private void fillDay(String label, LocalDate day) {
		fillDay(field(label), day);
	}

	/** Types a day as a person would and leaves the field, which takes the value. */
	private static void fillDay(Locator field, LocalDate day) {
		field.fill(GERMAN_DAY.format(day));
		field.press("Enter");
	}

	private void fillTime(String label, String time) {
		fillTime(field(label), time);
	}

	private static void fillTime(Locator field, String time) {
		field.fill(time);
		field.press("Enter");
	}

}
