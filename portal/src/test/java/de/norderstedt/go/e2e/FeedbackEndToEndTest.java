package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.ACCESSIBILITY_FEEDBACK;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/** The accessibility statement's feedback form: anyone writes, only admins read. */
class FeedbackEndToEndTest extends EndToEndTest {

	@Autowired
	DSLContext dsl;

	@Test
	void an_anonymous_visitor_sends_feedback_and_an_admin_reads_it() {
		open("/");
		link("Erklärung zur Barrierefreiheit").click();
		assertThat(heading1()).hasText("Erklärung zur Barrierefreiheit");
		button("Rückmeldung senden").click();
		assertRefusedAt(this.page.getByLabel("Ihre Nachricht"), "Bitte schreiben Sie eine Nachricht.");
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("Bitte schreiben Sie eine Nachricht.");
		assertAccessible(this.page, "statement with empty feedback");

		String message = "Der Knopf für die Textgröße ist im Kiosk schwer zu finden " + System.nanoTime();
		this.page.getByLabel("Ihre Nachricht").fill(message);
		this.page.getByLabel("So erreichen wir Sie (freiwillig)").fill("<b>040 123</b>");
		button("Rückmeldung senden").click();
		assertThat(this.page.getByText("Vielen Dank! Ihre Rückmeldung ist angekommen.")).isVisible();
		assertThat(this.page.getByLabel("Ihre Nachricht")).hasValue("");
		screenshot(this.page, "statement-feedback-sent-de");

		this.page.navigate(url("/admin/rueckmeldungen"));
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden$"));

		// after signing in (and the passkey), the admin is taken to the page they asked
		// for
		this.accounts.ensure("feedback-reader", Role.ADMIN);
		sendSignIn(this.page, "feedback-reader");
		this.page.waitForURL(Pattern.compile(".*/admin/rueckmeldungen(\\?.*)?$"));
		assertThat(heading1()).hasText("Rückmeldungen zur Barrierefreiheit");
		assertThat(link("Rückmeldungen")).hasAttribute("aria-current", "page");
		assertThat(this.page.getByText(message)).isVisible();
		// typed markup is shown as text, never rendered
		assertThat(this.page.getByText("Kontakt: <b>040 123</b>")).isVisible();
		assertAccessible(this.page, "feedback list");
		screenshot(this.page, "feedback-admin-de");
	}

	@Test
	void a_refused_message_says_why_at_the_field_and_too_long_text_is_refused_in_words_not_cut() {
		open("/barrierefreiheit");
		int before = this.dsl.fetchCount(ACCESSIBILITY_FEEDBACK);
		Locator message = this.page.getByLabel("Ihre Nachricht");
		Locator contact = this.page.getByLabel("So erreichen wir Sie (freiwillig)");

		// 5,000 characters pasted: all of them stay in the field, and it says why not
		// sent
		String pasted = "Die Schrift auf der Startseite ist sehr klein. ".repeat(107).substring(0, 5_000);
		message.fill(pasted);
		contact.fill("040 123");
		button("Rückmeldung senden").click();
		String tooLong = "Dieser Text ist zu lang: 5.000 Zeichen. Erlaubt sind höchstens 2.000 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.";
		assertRefusedAt(message, tooLong);
		assertThat(message).isFocused();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(tooLong);
		assertThat(message).hasValue(pasted);
		assertThat(contact).not().hasAttribute("aria-invalid", "true");
		assertAccessible(this.page, "statement with too long feedback");
		screenshot(this.page, "statement-feedback-too-long-de");

		// a too-long contact is refused at the contact field, the message is fine now
		message.fill("Die Schrift ist zu klein.");
		contact.fill("0".repeat(250));
		button("Rückmeldung senden").click();
		assertRefusedAt(contact, "Dieser Text ist zu lang: 250 Zeichen. Erlaubt sind höchstens 200 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		assertThat(message).not().hasAttribute("aria-invalid", "true");
		org.assertj.core.api.Assertions.assertThat(this.dsl.fetchCount(ACCESSIBILITY_FEEDBACK))
			.as("nothing stored")
			.isEqualTo(before);
	}

	@Test
	void residents_cannot_read_feedback() {
		this.accounts.ensure("feedback-curious", Role.RESIDENT);
		signIn("feedback-curious");
		open("/admin/rueckmeldungen");
		assertThat(heading1()).hasText("Kein Zugriff");
	}

	@Test
	void the_easy_language_page_explains_the_platform_in_both_languages() {
		open("/");
		link("Leichte Sprache").click();
		assertThat(heading1()).hasText("Leichte Sprache");
		assertAccessible(this.page, "easy language de");
		screenshot(this.page, "easy-language-de");
		button("English").first().click();
		assertThat(heading1()).hasText("Easy Read");
		assertAccessible(this.page, "easy read en");
	}

}
