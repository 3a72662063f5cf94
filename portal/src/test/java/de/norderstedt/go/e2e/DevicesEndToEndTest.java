package de.norderstedt.go.e2e;

import de.norderstedt.go.accounts.Role;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/**
 * Kiosk screens serve enrolled devices only: enrollment by link, revocation, and the
 * clear page for everyone else.
 */
class DevicesEndToEndTest extends EndToEndTest {

	@Test
	void an_unenrolled_browser_gets_a_clear_page_instead_of_the_kiosk() {
		open("/kiosk");
		assertThat(heading1()).hasText("Dieser Bildschirm ist nicht freigeschaltet");
		assertThat(button("Tippen Sie hier, um zu beginnen")).hasCount(0);
		assertAccessible(this.page, "kiosk not enrolled de");
		screenshot(this.page, "device-not-enrolled-de");
		button("English").click();
		assertThat(heading1()).hasText("This screen is not enabled");
		assertAccessible(this.page, "kiosk not enrolled en");
	}

	@Test
	void an_admin_enrolls_a_kiosk_with_a_one_time_link_and_revokes_it_again() {
		this.accounts.ensure("device-e2e-admin", Role.ADMIN);
		signIn("device-e2e-admin");
		open("/admin/geraete");
		assertThat(heading1()).hasText("Geräte verwalten");
		String name = "Kiosk Garstedt " + System.nanoTime();
		this.page.getByLabel("Name des Geräts").fill(name);
		this.page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Bücherei Garstedt");
		button("Gerät einrichten").click();
		assertThat(this.page.getByText("Öffnen Sie diesen Link einmal auf dem Gerät")).isVisible();
		String link = this.page.locator("#enrollment-link").textContent().strip();
		assertAccessible(this.page, "devices admin");
		assertTouchTargets(this.page, 48, "devices admin");
		screenshot(this.page, "devices-admin-de");

		try (BrowserContext kiosk = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page screen = kiosk.newPage();
			screen.navigate(link);
			assertThat(screen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Willkommen bei Norderstedt GO!");
			assertThat(screen).hasURL(url("/kiosk"));

			// the link works once: a second browser gets the clear page
			try (BrowserContext other = Browsers.chromium().newContext()) {
				Page second = other.newPage();
				second.navigate(link);
				assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
					.hasText("Dieser Bildschirm ist nicht freigeschaltet");
			}

			open("/admin/geraete");
			assertThat(this.page.getByText("Eingerichtet. Zuletzt gemeldet:").first()).isVisible();
			button("Sperren: " + name).click();
			assertThat(this.page.getByText(name + " ist gesperrt.")).isVisible();

			screen.reload();
			assertThat(screen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Dieser Bildschirm ist nicht freigeschaltet");
		}
	}

	@Test
	void a_forged_or_used_enrollment_code_opens_nothing() {
		this.page.navigate(url("/geraete/anmelden?code=erfunden"));
		assertThat(heading1()).hasText("Dieser Bildschirm ist nicht freigeschaltet");
		open("/kiosk");
		assertThat(heading1()).hasText("Dieser Bildschirm ist nicht freigeschaltet");
	}

}
