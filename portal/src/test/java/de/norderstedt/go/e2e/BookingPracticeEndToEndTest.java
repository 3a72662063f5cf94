package de.norderstedt.go.e2e;

import java.util.List;
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
 * The booking practice by touch at the kiosk and in the portal: the control to use next
 * is highlighted and described by the instruction, and nothing is booked.
 */
class BookingPracticeEndToEndTest extends EndToEndTest {

	private static final Pattern NEXT = Pattern.compile("\\bpractice-next\\b");

	@Autowired
	TestCourses courses;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void helga_practises_booking_at_the_kiosk_and_nothing_is_booked() {
		long place = this.courses.place("Übungsbücherei");
		long date = this.courses.course("Das Smartphone kennenlernen", place, 10, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		useTouchScreen();
		enrollThisBrowserAt(place, "de");
		open("/kiosk/test-uebung?ort=" + place);

		assertThat(this.page.getByRole(AriaRole.NOTE))
			.hasText("Übung: Hier wird nichts gebucht. Probieren Sie es ruhig aus.");
		Locator card = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Das Smartphone kennenlernen")));
		assertThat(card).hasClass(NEXT);
		assertThat(card).hasAccessibleDescription("Tippen Sie auf einen Kurs.");
		assertThat(button("Zurück")).isHidden();
		checkPage("practice-kiosk-list");
		card.tap();

		Locator book = button("Diesen Kurs buchen");
		assertThat(book).hasClass(NEXT);
		assertThat(book).hasAccessibleDescription("Tippen Sie auf „Diesen Kurs buchen“.");
		checkPage("practice-kiosk-date");
		book.tap();

		Locator name = this.page.getByLabel("Ihr Vor- und Nachname");
		assertThat(name).hasAccessibleDescription(Pattern.compile("^Tippen Sie in das Feld und schreiben Sie"));
		assertThat(this.page.locator("vaadin-text-field.practice-next:visible")).hasCount(1);
		button("Weiter").tap();
		assertThat(this.page.locator("#booking-practice-message"))
			.hasText("Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).");
		checkPage("practice-kiosk-name-error");
		name.tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		typeOnScreen(keyboard, "Erika Muster");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();

		Locator phone = this.page.getByLabel("Telefonnummer");
		assertThat(phone).hasAccessibleDescription(Pattern.compile("^Tippen Sie in das Feld „Telefonnummer“"));
		assertThat(name).isHidden();
		phone.tap();
		typeOnScreen(keyboard, "040123456");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Fertig")).tap();
		button("Weiter").tap();

		Locator bookNow = button("Jetzt verbindlich buchen");
		assertThat(bookNow).hasClass(NEXT);
		assertThat(bookNow).hasAccessibleDescription(Pattern.compile("^Prüfen Sie die Angaben"));
		checkPage("practice-kiosk-check");
		bookNow.tap();

		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Geschafft! So sieht Ihr Ticket aus.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Übungs-Ticket – nicht gültig Das Smartphone kennenlernen")))
			.containsText("UEBUNG");
		// hidden controls keep their last state in the browser until shown again
		assertThat(this.page.locator(".practice-next:visible")).hasCount(0);
		assertThat(button("Ticket drucken")).hasCount(0);
		assertThat(this.page.locator("#practice-finished")).hasText("finished;");
		assertThat(this.page.locator("#practice-spoken li").first()).hasText("Tippen Sie auf einen Kurs.");
		checkPage("practice-kiosk-ticket");
		assertThat(this.jdbc.queryForObject("select count(*) from booking where date_id = ?", Integer.class, date))
			.isZero();
	}

	@Test
	void the_practice_works_in_the_portal_in_high_contrast_too() {
		long place = this.courses.place("Leere Übungsbücherei");
		open("/test-uebung?ort=" + place);
		Locator card = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Das Smartphone kennenlernen")));
		assertThat(card).hasClass(NEXT);
		assertAccessible(this.page, "practice portal list");
		assertTouchTargets(this.page, 48, "practice portal list");
		screenshot(this.page, "practice-portal-list");
		this.page.evaluate("() => document.documentElement.dataset.contrast = 'high'");
		assertAccessible(this.page, "practice portal list high contrast");
		screenshot(this.page, "practice-portal-list-high-contrast");
		card.click();
		assertThat(button("Diesen Kurs buchen")).hasClass(NEXT);
		assertAccessible(this.page, "practice portal date");
	}

	private void checkPage(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
		screenshot(this.page, name);
	}

}
