package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out, per role, and everything that can go wrong on the way. */
class SignInEndToEndTest extends EndToEndTest {

	@ParameterizedTest
	@EnumSource(Role.class)
	void each_role_signs_in_and_lands_on_a_page_fit_for_it(Role role) {
		String username = "e2e-" + role.name().toLowerCase();
		this.accounts.ensure(username, role);
		signIn(username);
		assertThat(heading1()).hasText("Hallo, Test " + username);
		assertThat(this.page.getByRole(AriaRole.MAIN)).containsText(roleName(role));
		if (role == Role.ADMIN) {
			link("Konten verwalten").first().click();
			assertThat(heading1()).hasText("Konten verwalten");
			assertAccessible(this.page, "accounts admin");
			assertTouchTargets(this.page, 48, "accounts admin");
			screenshot(this.page, "admin-accounts-de");
		}
		else {
			assertThat(link("Konten verwalten")).hasCount(0);
		}
		assertAccessible(this.page, "account page of " + role);
		assertTouchTargets(this.page, 48, "account page of " + role);
		screenshot(this.page, "account-" + role.name().toLowerCase());

		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		open("/konto");
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden$"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "RESIDENT", "TRAINER", "EDITOR", "LOCKER_STAFF", "MODERATOR" })
	void roles_other_than_admin_get_the_access_denied_page_at_an_admin_address(Role role) {
		String username = "denied-" + role.name().toLowerCase();
		this.accounts.ensure(username, role);
		signIn(username);
		open("/admin/konten");
		assertThat(heading1()).hasText("Kein Zugriff");
		assertThat(this.page.getByText("Alle Konten")).hasCount(0);
		assertAccessible(this.page, "access denied for " + role);
		screenshot(this.page, "access-denied-" + role.name().toLowerCase());
	}

	@Test
	void an_anonymous_visitor_at_an_admin_address_is_asked_to_sign_in_first() {
		this.page.navigate(url("/admin/konten"));
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden$"));
		assertThat(heading1()).hasText("Anmelden");
		assertThat(button("Passwort anzeigen")).isVisible();
		assertAccessible(this.page, "login");
		assertTouchTargets(this.page, 48, "login");
		screenshot(this.page, "login-de");
	}

	@Test
	void a_wrong_password_shows_a_clear_message_on_the_sign_in_page() {
		this.accounts.ensure("wrong-pw", Role.RESIDENT);
		this.accounts.reset("wrong-pw");
		submitSignIn("wrong-pw", "not-the-password");
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
		assertAccessible(this.page, "login with error");
		assertNoHorizontalScrolling(this.page, "login with error");
		screenshot(this.page, "login-error-de");
	}

	@Test
	void empty_fields_are_named_and_nothing_is_sent() {
		open("/anmelden");
		this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Anmelden").setExact(true))
			.click();
		assertRefusedAt(this.page.getByLabel("Benutzername"), "Bitte geben Sie Ihren Benutzernamen ein.");
		assertRefusedAt(this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)),
				"Bitte geben Sie Ihr Passwort ein.");
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden$"));
		assertAccessible(this.page, "login with empty fields");
	}

	@ParameterizedTest
	@ValueSource(strings = { "LONG", "he\u200Blga", "🦆🦆🦆", "\u202Eadmin", "' OR 1=1 --", "<script>alert(1)</script>",
			"Ωmega\u0301" })
	void absurd_input_gets_the_same_clear_message_and_never_an_error_page(String input) {
		String value = input.equals("LONG") ? "x".repeat(5_000) : input;
		submitSignIn(value, value);
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		assertThat(heading1()).hasText("Anmelden");
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
	}

	@Test
	void a_locked_account_reads_as_an_unknown_name_and_its_owner_learns_of_the_lock_after_signing_in() {
		this.accounts.ensure("e2e-lockout", Role.RESIDENT);
		this.accounts.reset("e2e-lockout");
		for (int i = 0; i < 5; i++) {
			submitSignIn("e2e-lockout", "wrong-" + i);
			this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		}
		submitSignIn("e2e-lockout", de.norderstedt.go.accounts.TestAccounts.PASSWORD);
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
		String locked = this.page.getByRole(AriaRole.MAIN).innerText();
		screenshot(this.page, "login-locked-de");

		submitSignIn("e2e-niemand-heisst-so", "irgendein-passwort");
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
		assertThat(this.page.getByRole(AriaRole.MAIN).innerText()).isEqualTo(locked);
		assertThat(this.page.getByText("eine Weile gesperrt", new Page.GetByTextOptions().setExact(false))).isVisible();

		// an admin unlocks the account; its owner signs in and reads what happened
		this.accounts.reset("e2e-lockout");
		signIn("e2e-lockout");
		Locator notice = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Ihr Konto war gesperrt"));
		assertThat(notice).containsText("weil das Passwort mehrmals falsch eingegeben wurde");
		assertAccessible(this.page, "account with lockout notice");
		assertTouchTargets(this.page, 48, "account with lockout notice");
		screenshot(this.page, "account-lockout-notice");
		button("Verstanden").click();
		assertThat(notice).hasCount(0);
		open("/konto");
		assertThat(this.page.getByText("Ihr Konto war gesperrt")).hasCount(0);
	}

	@Test
	void the_sign_in_page_speaks_english_too() {
		open("/anmelden");
		button("English").click();
		assertThat(heading1()).hasText("Sign in");
		assertThat(this.page).hasTitle("Sign in – Norderstedt GO!");
		assertAccessible(this.page, "login en");
		screenshot(this.page, "login-en");
	}

	private static String roleName(Role role) {
		return switch (role) {
			case RESIDENT -> "Bürgerin oder Bürger";
			case TRAINER -> "Digital-Pate";
			case EDITOR -> "Redaktion";
			case LOCKER_STAFF -> "Schließfach-Team";
			case MODERATOR -> "Moderation der Ideen";
			case ADMIN -> "Verwaltung";
		};
	}

}
