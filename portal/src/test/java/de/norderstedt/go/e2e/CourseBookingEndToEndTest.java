package de.norderstedt.go.e2e;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.qr.QrCodes;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/** Residents find a course, book it on the web, keep the ticket and cancel it. */
class CourseBookingEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses courses;

	@Autowired
	CourseService courseService;

	@Autowired
	BookingService bookingService;

	@Test
	void an_anonymous_resident_books_a_place_gets_a_ticket_with_qr_and_calendar_and_cancels_it() throws Exception {
		String title = "Tablet-Treff " + System.nanoTime();
		long date = this.courses
			.course(title, this.courses.place("Stadtteilbücherei"), 2, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		open("/");
		link("Kurse").first().click();
		assertThat(heading1()).hasText("Kurse und Treffen");
		Page.GetByRoleOptions bookThis = new Page.GetByRoleOptions().setName(Pattern.compile("Platz buchen: " + title));
		assertThat(this.page.getByRole(AriaRole.LINK, bookThis)).isVisible();
		assertThat(this.page.getByRole(AriaRole.LISTITEM)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
			.getByText("Noch 2 Plätze frei")).isVisible();
		this.page.getByLabel("Nur Termine mit freien Plätzen").check();
		assertThat(this.page.getByRole(AriaRole.LINK, bookThis)).isVisible();
		assertAccessible(this.page, "course list");
		screenshot(this.page, "courses-de");
		// the course's title is a target of its own, not a line of text (25 px before)
		Locator courseTitle = this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title));
		assertThat(courseTitle.boundingBox().height).as("the course title's height").isGreaterThanOrEqualTo(48);
		PageChecks.setTextSize(this.page, 200);
		assertThat(courseTitle.boundingBox().height).as("the course title's height at 200 percent text")
			.isGreaterThanOrEqualTo(48);
		PageChecks.setTextSize(this.page, 100);

		this.page.getByRole(AriaRole.LINK, bookThis).click();
		assertThat(heading1()).hasText("Platz buchen: " + title);
		// bad input: a clear message at the field it concerns (its own error text, which
		// a
		// screen reader reads with the field) and by the button, nothing booked
		Locator name = this.page.getByLabel("Vor- und Nachname");
		button("Verbindlich buchen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(Pattern.compile("Bitte geben Sie einen Namen an"));
		assertThat(name).hasAttribute("aria-invalid", "true");
		assertThat(name).hasAccessibleDescription(Pattern.compile("Bitte geben Sie einen Namen an"));
		assertThat(name).isFocused();
		// a pasted text far too long is refused in words, not cut by the browser
		name.fill("Helga ".repeat(833) + "Hansen");
		this.page.getByLabel("Telefonnummer").fill("040 52 52 52");
		button("Verbindlich buchen").click();
		assertThat(name).hasAccessibleDescription(Pattern.compile("Dieser Text ist zu lang: 5\\.004 Zeichen"));
		assertThat(name).hasAttribute("aria-invalid", "true");
		assertThat(name).hasValue(Pattern.compile("^(Helga ){833}Hansen$"));
		assertThat(this.courseService.date(date).orElseThrow().confirmed()).isZero();
		screenshot(this.page, "course-booking-name-refused");
		name.fill("Helga Hansen");
		this.page.getByLabel("Telefonnummer").fill("ruf mich an");
		button("Verbindlich buchen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText(Pattern.compile("Diese Telefonnummer können wir nicht verwenden"));
		assertThat(this.page.getByLabel("Telefonnummer"))
			.hasAccessibleDescription(Pattern.compile("Diese Telefonnummer können wir nicht verwenden"));
		assertThat(name).not().hasAttribute("aria-invalid", "true");
		assertThat(this.courseService.date(date).orElseThrow().confirmed()).isZero();
		this.page.getByLabel("Telefonnummer").fill("040 52 52 52");
		button("Verbindlich buchen").click();

		assertThat(heading1()).hasText("Ihr Ticket");
		assertThat(this.page.locator("#ticket-state")).hasText(Pattern.compile("Ihr Platz ist sicher"));
		String code = this.page.locator("#ticket-code").textContent().replace(" ", "");
		Booking booking = this.bookingService.findByCode(code).orElseThrow();
		assertThat(booking.name()).isEqualTo("Helga Hansen");
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.page).hasURL(Pattern.compile(".*/ticket/" + code + "$"));
		// the QR code on the screen is the booking code
		byte[] qr = this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("QR-Code")))
			.screenshot();
		assertThat(QrCodes.read(qr)).contains(code);
		assertAccessible(this.page, "ticket");
		screenshot(this.page, "course-ticket-de");

		Download download = this.page.waitForDownload(() -> link("In den Kalender eintragen").click());
		String ics = Files.readString(download.path());
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(((ZonedDateTime) Objects.requireNonNull(event.getDateTimeStart()).getDate()).toInstant())
			.isEqualTo(this.courseService.date(date).orElseThrow().startsAt());

		button("Buchung stornieren").click();
		assertThat(this.page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Buchung stornieren?"))
			.getByText("Möchten Sie diese Buchung wirklich stornieren?")).isVisible();
		assertAccessible(this.page, "cancel dialog");
		button("Nein, behalten").click();
		assertThat(this.bookingService.findByCode(code).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		button("Buchung stornieren").click();
		button("Ja, stornieren").click();
		assertThat(this.page.locator("#ticket-state")).hasText("Diese Buchung ist storniert.");
		// said once, by the state line: no second sentence repeats it
		assertThat(this.page.locator("main").getByText(Pattern.compile("ist storniert"))).hasCount(1);
		assertThat(this.bookingService.findByCode(code).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
		// the calendar file now cancels the event it added
		Download cancellation = this.page.waitForDownload(() -> link("Absage in den Kalender übernehmen").click());
		VEvent cancelled = new CalendarBuilder().build(new StringReader(Files.readString(cancellation.path())))
			.<VEvent>getComponents("VEVENT")
			.get(0);
		assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(event.getUid().orElseThrow().getValue());
		assertThat(Objects.requireNonNull(cancelled.getStatus()).getValue()).isEqualTo("CANCELLED");

		// anyone with the code finds the booking again
		open("/buchung");
		this.page.getByLabel("Buchungscode").fill("ZZZZ ZZZZ");
		button("Buchung anzeigen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText(Pattern.compile("Diesen Buchungscode kennen wir nicht"));
		this.page.getByLabel("Buchungscode").fill(code.toLowerCase().substring(0, 4) + " " + code.substring(4));
		button("Buchung anzeigen").click();
		assertThat(this.page.locator("#ticket-state")).hasText("Diese Buchung ist storniert.");
	}

	@Test
	void a_signed_in_resident_books_for_herself_and_for_her_father_and_sees_both_in_my_bookings() {
		String title = "Videoanrufe " + System.nanoTime();
		long date = this.courses
			.course(title, this.courses.place("Begegnungsstätte"), 1, List.of(TestCourses.inDays(5, 15)))
			.get(0);
		this.accounts.ensure("aylin", Role.RESIDENT);
		signIn("aylin");
		open("/kurse/buchen/" + date);
		assertThat(this.page.getByLabel("Vor- und Nachname")).not().hasValue("");
		button("Verbindlich buchen").click();
		assertThat(this.page.locator("#ticket-state")).hasText(Pattern.compile("Ihr Platz ist sicher"));

		open("/kurse/buchen/" + date);
		assertThat(this.page.getByText("Ausgebucht").first()).isVisible();
		this.page.getByLabel("Für eine andere Person").check();
		// the name of the signed-in person goes away
		assertThat(this.page.getByLabel("Vor- und Nachname")).hasValue("");
		this.page.getByLabel("Vor- und Nachname").fill("Mehmet Yıldız");
		button("Auf die Warteliste setzen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText(Pattern.compile("Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an"));
		this.page.getByLabel("E-Mail-Adresse").fill("mehmet@example.org");
		button("Auf die Warteliste setzen").click();
		assertThat(this.page.locator("#ticket-state")).hasText(Pattern.compile("Warteliste, Platz 1"));

		link("Meine Buchungen").first().click();
		assertThat(heading1()).hasText("Meine Buchungen");
		assertThat(this.page.getByText("Für Mehmet Yıldız")).isVisible();
		assertThat(this.page.getByText("Warteliste, Platz 1")).isVisible();
		assertThat(this.page.getByText("Platz sicher").first()).isVisible();
		assertAccessible(this.page, "my bookings");
		screenshot(this.page, "my-bookings-de");
	}

}
