package de.norderstedt.go.e2e;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Einen Kurs buchen und absagen" from start to finish at the kiosk, by touch only, with
 * the guided practice on the real booking screens in the sandbox: the control to use next
 * is highlighted and described by the instruction, and no booking exists afterwards.
 */
class CourseBookingTutorialEndToEndTest extends EndToEndTest {

	private static final Pattern NEXT = Pattern.compile("\\bpractice-next\\b");

	@Autowired
	TestCourses courses;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void helga_practises_booking_a_course_at_the_kiosk_by_touch_and_nothing_is_booked() {
		long place = this.courses.place("Übungsbücherei " + System.nanoTime());
		long date = this.courses.course("Das Smartphone kennenlernen", place, 10, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		int bookingsBefore = bookings();
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		List<String> spoken = recordSpokenTexts();

		open("/kiosk");
		link(Pattern.compile("^Üben mit Anleitungen")).tap();
		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Einen Kurs buchen und absagen")))
			.tap();

		// 1
		assertThat(heading1()).hasText("Willkommen");
		assertThat(this.page.getByText("Schritt 1 von 8")).isVisible();
		button("Weiter").tap();

		// 2: find the course in a list longer than the screen
		assertThat(heading1()).hasText("Einen Kurs finden");
		region("Übungs-Handy: Kurse und Treffen")
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile("^Videoanrufe mit der Familie")))
			.tap();
		assertThat(feedback()).hasText("Gefunden! Dieser Kurs hat noch 2 freie Plätze.");
		button("Weiter").tap();

		// 3: what one needs to book
		assertThat(heading1()).hasText("Was Sie zum Buchen brauchen");
		button("Nein, sie braucht zuerst ein Konto.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Das stimmt nicht. Zum Buchen braucht man kein Konto."));
		button("Ja, mit ihrer Telefonnummer.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Richtig."));
		button("Weiter").tap();

		// 4: the guided practice on the real booking screens, in the sandbox
		assertThat(heading1()).hasText("Jetzt buchen Sie zur Übung");
		assertThat(this.page.getByRole(AriaRole.NOTE))
			.hasText("Übung: Hier wird nichts gebucht. Probieren Sie es ruhig aus.");
		Locator card = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Das Smartphone kennenlernen")));
		assertThat(card).hasClass(NEXT);
		assertThat(card).hasAccessibleDescription("Tippen Sie auf einen Kurs.");
		this.page.waitForCondition(() -> spoken.contains("Tippen Sie auf einen Kurs."));
		checkPage("kiosk-tutorial-course-booking-list");
		card.tap();

		Locator book = button("Diesen Kurs buchen");
		assertThat(book).hasClass(NEXT);
		assertThat(book).hasAccessibleDescription("Tippen Sie auf „Diesen Kurs buchen“.");
		book.tap();

		Locator name = this.page.getByLabel("Ihr Vor- und Nachname");
		assertThat(name).hasAccessibleDescription(Pattern.compile("^Tippen Sie in das Feld und schreiben Sie"));
		// a step without a name is refused with the real message
		button("Weiter").tap();
		assertThat(this.page.locator("#booking-practice-message"))
			.hasText("Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).");
		name.tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		typeOnScreen(keyboard, "Helga Hansen");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		checkPage("kiosk-tutorial-course-booking-name");
		button("Weiter").tap();

		Locator phone = this.page.getByLabel("Telefonnummer");
		assertThat(phone).hasAccessibleDescription(Pattern.compile("^Tippen Sie in das Feld „Telefonnummer“"));
		phone.tap();
		typeOnScreen(keyboard, "040123456");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();

		Locator bookNow = button("Jetzt verbindlich buchen");
		assertThat(bookNow).hasClass(NEXT);
		checkPage("kiosk-tutorial-course-booking-check");
		bookNow.tap();

		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Geschafft! So sieht Ihr Ticket aus.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Übungs-Ticket – nicht gültig Das Smartphone kennenlernen")))
			.containsText("UEBUNG");
		assertThat(feedback()).hasText("Sehr gut! Sie haben zur Übung gebucht. Das war nur ein Übungs-Ticket.");
		checkPage("kiosk-tutorial-course-booking-ticket");
		assertThat(bookings()).isEqualTo(bookingsBefore);
		button("Weiter").tap();

		// 5: the ticket on the phone: a scan, simulated where the kiosk has no camera
		assertThat(heading1()).hasText("Ihr Ticket");
		button("Ohne Kamera üben").tap();
		assertThat(feedback()).hasText("Prima! Jetzt haben Sie das Ticket auf dem Handy.");
		checkPage("kiosk-tutorial-course-booking-scan");
		button("Weiter").tap();

		// 6: the waiting list
		assertThat(heading1()).hasText("Ausgebucht? Die Warteliste");
		button("Ich bekomme den Platz von selbst.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Richtig."));
		button("Weiter").tap();

		// 7: cancelling on the ticket
		assertThat(heading1()).hasText("Absagen");
		region("Übungs-Handy: Ihr Ticket").getByRole(AriaRole.BUTTON, exactly("Buchung stornieren")).tap();
		assertThat(feedback()).hasText(Pattern.compile("^Richtig! Jetzt fragt die Seite noch einmal nach."));
		button("Weiter").tap();

		// 8 and the finish screen
		assertThat(heading1()).hasText("Gut gemacht");
		button("Abschließen").tap();
		assertThat(heading1()).hasText("Geschafft!");
		checkPage("kiosk-tutorial-course-booking-finish");

		assertThat(bookings()).isEqualTo(bookingsBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from booking where date_id = ?", Integer.class, date))
			.isZero();
	}

	@Test
	void the_booking_practice_works_in_the_portal_in_high_contrast_too() {
		open("/lernen/course-booking/4");
		assertThat(heading1()).hasText("Jetzt buchen Sie zur Übung");
		Locator card = this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Plätze frei")))
			.first();
		assertThat(card).hasClass(NEXT);
		assertAccessible(this.page, "practice portal list");
		assertTouchTargets(this.page, 48, "practice portal list");
		screenshot(this.page, "tutorial-course-booking-practice-portal");
		setDisplay("de", true, 200);
		assertAccessible(this.page, "practice portal list high contrast 200");
		screenshot(this.page, "tutorial-course-booking-practice-portal-high-contrast-200");
		card.click();
		assertThat(button("Diesen Kurs buchen")).hasClass(NEXT);
		assertAccessible(this.page, "practice portal date");
	}

	private Locator feedback() {
		return this.page.locator("#tutorial-feedback");
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private int bookings() {
		return Objects.requireNonNull(this.jdbc.queryForObject("select count(*) from booking", Integer.class));
	}

	private void checkPage(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
		screenshot(this.page, name);
	}

}
