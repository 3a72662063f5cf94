package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/** The accessibility statement's feedback form: anyone writes, only admins read. */
class FeedbackEndToEndTest extends EndToEndTest {

	@Test
	void an_anonymous_visitor_sends_feedback_and_an_admin_reads_it() {
		open("/");
		link("Erklärung zur Barrierefreiheit").click();
		assertThat(heading1()).hasText("Erklärung zur Barrierefreiheit");
		button("Rückmeldung senden").click();
		assertThat(this.page.getByText("Bitte schreiben Sie eine Nachricht.").first()).isVisible();
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

		// after signing in, the admin is taken to the page they asked for
		this.accounts.ensure("feedback-reader", Role.ADMIN);
		submitSignIn("feedback-reader", TestAccounts.PASSWORD);
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
