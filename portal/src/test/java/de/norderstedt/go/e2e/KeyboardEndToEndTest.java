package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main journey once with the keyboard alone: Tab, Shift+Tab, Enter, Space and
 * typing.
 */
class KeyboardEndToEndTest extends EndToEndTest {

	@Test
	void display_settings_sign_in_feedback_and_sign_out_work_with_the_keyboard_alone() {
		open("/");
		tabTo("Anzeige und Sprache");
		press("Enter");
		tabTo("200 %");
		press("Space");
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "200");
		tabTo("Hoher Kontrast");
		press("Enter");
		assertThat(this.page.locator("html")).hasAttribute("data-contrast", "high");

		this.accounts.ensure("keyboard-user", Role.RESIDENT);
		this.accounts.reset("keyboard-user");
		tabTo("Anmelden");
		press("Enter");
		assertThat(heading1()).hasText("Anmelden");
		tabTo("Benutzername");
		this.page.keyboard().type("keyboard-user");
		tabTo("Passwort");
		this.page.keyboard().type(TestAccounts.PASSWORD);
		// both typed where they belong (the form focuses its first field by itself once
		// it is ready, which may come late on a busy machine)
		assertThat(this.page.getByLabel("Benutzername")).hasValue("keyboard-user");
		assertThat(this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)))
			.hasValue(TestAccounts.PASSWORD);
		press("Enter");
		this.page.waitForURL(Pattern.compile(".*/konto$"));
		assertThat(heading1()).hasText("Hallo, Test keyboard-user");

		tabTo("Erklärung zur Barrierefreiheit");
		press("Enter");
		assertThat(heading1()).hasText("Erklärung zur Barrierefreiheit");
		tabTo("Ihre Nachricht");
		this.page.keyboard().type("Mit der Tastatur geht alles.");
		tabTo("Rückmeldung senden");
		press("Enter");
		assertThat(this.page.getByText("Vielen Dank! Ihre Rückmeldung ist angekommen.")).isVisible();

		tabTo("Abmelden");
		press("Enter");
		assertThat(button("Anmelden")).isVisible();
	}

}
