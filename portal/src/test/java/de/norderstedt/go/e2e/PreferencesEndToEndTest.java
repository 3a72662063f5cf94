package de.norderstedt.go.e2e;

import de.norderstedt.go.accounts.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Display preferences apply at once, survive navigation, and stay with the account. */
class PreferencesEndToEndTest extends EndToEndTest {

	@Test
	void preferences_apply_at_once_without_a_reload_and_survive_navigation() {
		open("/");
		assertThat(this.page.evaluate("() => getComputedStyle(document.querySelector('header')).backgroundColor"))
			.isEqualTo("rgb(0, 65, 124)");
		this.page.evaluate("() => window.__sameDocument = true");
		button("Anzeige und Sprache").click();
		assertThat(button("Anzeige und Sprache")).hasAttribute("aria-expanded", "true");
		button("150 %").click();
		button("Hoher Kontrast").click();
		button("Weniger Bewegung").click();
		assertThat(button("Weniger Bewegung")).hasAttribute("aria-pressed", "true");

		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "150");
		assertThat(this.page.locator("html")).hasAttribute("data-motion", "reduce");
		assertThat(rootFontSize()).isEqualTo(24.0);
		assertThat(this.page.locator("html")).hasAttribute("data-contrast", "high");
		assertThat(this.page.locator("html")).hasAttribute("data-motion", "reduce");
		assertThat(button("Hoher Kontrast")).hasAttribute("aria-pressed", "true");
		// normal theme: dark grey text on a blue header; high contrast: black text, black
		// header
		Object bodyColour = this.page.evaluate("() => getComputedStyle(document.querySelector('h1')).color");
		assertThat(bodyColour).isEqualTo("rgb(0, 0, 0)");
		Object headerColour = this.page
			.evaluate("() => getComputedStyle(document.querySelector('header')).backgroundColor");
		assertThat(headerColour).isEqualTo("rgb(0, 0, 0)");
		Object transition = this.page
			.evaluate("() => getComputedStyle(document.querySelector('vaadin-button')).transitionDuration");
		assertThat(String.valueOf(transition)).isIn("1e-05s", "0.00001s", "0s");
		assertThat(this.page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);

		link("Zur Anmeldung").click();
		assertThat(heading1()).hasText("Anmelden");
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "150");
		this.page.reload();
		heading1().waitFor();
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "150");
		assertThat(this.page.locator("html")).hasAttribute("data-contrast", "high");
	}

	@Test
	void a_signed_in_persons_preferences_are_still_set_after_signing_out_and_in_again() {
		this.accounts.ensure("prefs-e2e", Role.RESIDENT);
		signIn("prefs-e2e");
		button("Anzeige und Sprache").click();
		button("200 %").click();
		button("Hoher Kontrast").click();
		button("Weniger Bewegung").click();
		button("Schnell").click();
		button("Einfache Sprache").click();
		button("English").first().click();
		assertThat(heading1()).hasText("Hello, Test prefs-e2e");
		// the summary of saved settings on "My account" follows at once
		assertThat(this.page.getByText("Text size: 200 %")).isVisible();
		assertThat(this.page.getByText("Reading speed: Fast")).isVisible();
		button("Sign out").click();
		// signed out, the new anonymous session starts in German again
		assertThat(button("Anmelden")).isVisible();

		this.context.clearCookies();
		signIn("prefs-e2e");
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "200");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("html")).hasAttribute("data-contrast", "high");
		assertThat(this.page.locator("html")).hasAttribute("data-motion", "reduce");
		button("Display and language").click();
		assertThat(button("Fast")).hasAttribute("aria-pressed", "true");
		assertThat(button("Simple language")).hasAttribute("aria-pressed", "true");
	}

	@Test
	void simple_language_shows_the_simple_variant_of_a_text_at_once() {
		open("/");
		assertThat(this.page.getByText("Norderstedt GO! ist die digitale Plattform der Stadt Norderstedt.",
				new com.microsoft.playwright.Page.GetByTextOptions().setExact(false)))
			.isVisible();
		button("Anzeige und Sprache").click();
		button("Einfache Sprache").click();
		assertThat(this.page.getByText("Hier üben Sie Apps.",
				new com.microsoft.playwright.Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(this.page.getByText("Norderstedt GO! ist die digitale Plattform der Stadt Norderstedt.",
				new com.microsoft.playwright.Page.GetByTextOptions().setExact(false)))
			.hasCount(0);
	}

}
