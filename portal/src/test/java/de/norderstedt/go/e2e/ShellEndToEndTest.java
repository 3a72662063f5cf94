package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the kiosk start screen and the error pages, in every language and theme.
 */
class ShellEndToEndTest extends EndToEndTest {

	@Test
	void the_home_page_is_accessible_in_both_languages_both_themes_and_at_100_and_200_percent_text() {
		open("/");
		for (String language : new String[] { "de", "en" }) {
			for (boolean highContrast : new boolean[] { false, true }) {
				for (int size : new int[] { 100, 200 }) {
					setDisplay(language, highContrast, size);
					String name = "home-" + language + "-" + (highContrast ? "high-contrast" : "normal") + "-" + size;
					assertThat(htmlAttribute("lang")).isEqualTo(language);
					assertThat(rootFontSize()).isEqualTo(16.0 * size / 100);
					assertAccessible(this.page, name);
					assertNoHorizontalScrolling(this.page, name);
					assertTouchTargets(this.page, 48, name);
					screenshot(this.page, name);
				}
			}
		}
	}

	@Test
	void the_home_page_reflows_at_320_px_without_horizontal_scrolling() {
		this.page.setViewportSize(320, 640);
		open("/");
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
		assertAccessible(this.page, "home at 320 px");
		assertNoHorizontalScrolling(this.page, "home at 320 px");
		screenshot(this.page, "home-de-320px");
		button("Anzeige und Sprache").click();
		button("200 %").click();
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "200");
		this.page.setViewportSize(640, 900);
		// 200 % text in a 640 px window is what 320 px at 100 % zoom shows people using
		// browser zoom
		assertNoHorizontalScrolling(this.page, "home at 640 px with 200 % text");
		screenshot(this.page, "home-de-640px-200");
	}

	@Test
	void the_kiosk_start_screen_has_big_targets_and_works_in_both_languages() {
		enrollThisBrowser();
		open("/kiosk");
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
		assertThat(link("Tippen Sie hier, um zu beginnen")).isVisible();
		assertThat(link(Pattern.compile("^Rückmeldung geben"))).isVisible();
		assertAccessible(this.page, "kiosk welcome de");
		assertTouchTargets(this.page, 64, "kiosk welcome de");
		screenshot(this.page, "kiosk-welcome-de");
		// the welcome screen reads itself aloud, starting with its heading
		com.microsoft.playwright.Response speech = this.page.waitForResponse(
				r -> isSpeech(r.request()) && spokenText(r.request()).contains("Willkommen"),
				() -> button("Vorlesen").click());
		assertThat(speech.status()).isEqualTo(200);
		assertThat(speech.headerValue("content-type")).isEqualTo("audio/wav");

		link("English").click();
		assertThat(heading1()).hasText("What would you like to do?");
		assertThat(htmlAttribute("lang")).isEqualTo("en");
		assertThat(link(Pattern.compile("^Give feedback"))).isVisible();
		assertThat(link(Pattern.compile("^Scan your settings card"))).isVisible();
		assertAccessible(this.page, "kiosk start en");
		assertTouchTargets(this.page, 64, "kiosk start en");
		screenshot(this.page, "kiosk-start-en");

		button("200 %").click();
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "200");
		assertThat(rootFontSize()).isEqualTo(32.0);
		assertAccessible(this.page, "kiosk start en 200");
		assertTouchTargets(this.page, 64, "kiosk start en 200");
		assertNoHorizontalScrolling(this.page, "kiosk start en 200");
		screenshot(this.page, "kiosk-start-en-200");
		button("Deutsch").click();
		assertThat(heading1()).hasText("Was möchten Sie tun?");
		screenshot(this.page, "kiosk-start-de-200");
	}

	@Test
	void the_skip_link_is_the_first_stop_for_keyboard_users_and_jumps_to_the_content() {
		open("/");
		this.page.keyboard().press("Tab");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen")))
			.isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#main")).isFocused();
	}

	@Test
	void an_unknown_address_shows_a_helpful_page_with_the_way_home() {
		open("/gibt-es-nicht");
		assertThat(heading1()).hasText("Seite nicht gefunden");
		assertAccessible(this.page, "not found");
		link("Zur Startseite").click();
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
	}

	@Test
	void every_page_has_landmarks_and_a_title_that_names_it() {
		open("/");
		assertThat(this.page.getByRole(AriaRole.BANNER)).isVisible();
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.MAIN)).isVisible();
		assertThat(this.page.getByRole(AriaRole.CONTENTINFO)).isVisible();
		assertThat(this.page).hasTitle("Startseite – Norderstedt GO!");
		button("Anmelden").click();
		assertThat(this.page).hasTitle("Anmelden – Norderstedt GO!");
	}

}
