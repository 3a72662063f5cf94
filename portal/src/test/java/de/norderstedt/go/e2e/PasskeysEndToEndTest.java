package de.norderstedt.go.e2e;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.privacy.AuditFilter;
import de.norderstedt.go.privacy.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin makes a passkey (Chromium's virtual authenticator, which unlocks as a
 * fingerprint would), signs in with it without a password, and removes it; the removed
 * passkey no longer gets anyone in, and the security log holds all of it.
 */
class PasskeysEndToEndTest extends EndToEndTest {

	private static final String RESIDENT = "e2e-passkey-resident";

	private static final String ADMIN = "e2e-passkey-admin";

	@Autowired
	AuditLog log;

	@Test
	void a_resident_makes_a_passkey_signs_in_with_it_and_removes_it() {
		this.accounts.ensure(RESIDENT, Role.RESIDENT);
		this.accounts.reset(RESIDENT);
		virtualAuthenticator(this.page);
		signIn(RESIDENT);
		link("Passkeys verwalten").click();
		assertThat(heading1()).hasText("Passkeys");
		assertThat(this.page.getByText("Sie haben noch keinen Passkey.")).isVisible();

		// the name is checked before the authenticator is asked
		Locator label = this.page.getByLabel("Name für den Passkey");
		button("Passkey anlegen").click();
		assertRefusedAt(label, "Bitte geben Sie dem Passkey einen Namen.");
		label.fill("L".repeat(61));
		button("Passkey anlegen").click();
		assertRefusedAt(label, "Dieser Text ist zu lang: 61 Zeichen. Erlaubt sind höchstens 60 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		assertThat(this.page.getByText("Sie haben noch keinen Passkey.")).isVisible();

		label.fill("Laptop im Rathaus");
		button("Passkey anlegen").click();
		assertShown("Der Passkey „Laptop im Rathaus“ ist angelegt. Ab jetzt können Sie sich damit anmelden.");
		Locator passkeys = this.page.locator(".passkey-list");
		assertThat(passkeys).containsText("Laptop im Rathaus");
		assertThat(passkeys).containsText("Noch nicht zur Anmeldung benutzt.");
		checkAtTwoTextSizes(this.page, "passkeys/list", 48);

		// the same authenticator does not get a second one
		label.fill("Noch einmal");
		button("Passkey anlegen").click();
		assertShown("Dieses Gerät hat schon einen Passkey für Ihr Konto. Sie brauchen keinen zweiten.");
		assertThat(passkeys.getByRole(AriaRole.LISTITEM)).hasCount(1);

		// signed out, in again without a password
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		open("/anmelden");
		button("Mit Passkey anmelden").click();
		this.page.waitForURL(Pattern.compile(".*/konto$"));
		assertThat(heading1()).hasText("Hallo, Test " + RESIDENT);
		link("Passkeys verwalten").click();
		assertThat(passkeys).containsText("Zuletzt benutzt am");

		button("Passkey „Laptop im Rathaus“ entfernen").click();
		assertShown("Der Passkey „Laptop im Rathaus“ ist entfernt. Mit ihm kann sich niemand mehr anmelden.");
		assertThat(this.page.getByText("Sie haben noch keinen Passkey.")).isVisible();

		// the authenticator still offers it; the portal no longer takes it
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		open("/anmelden");
		button("Mit Passkey anmelden").click();
		assertShown("Dieser Passkey wurde nicht angenommen. "
				+ "Melden Sie sich mit Ihrem Passwort an und legen Sie unter „Mein Konto“ einen Passkey an.");
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden$"));
		checkAtTwoTextSizes(this.page, "passkeys/sign-in-refused", 48);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(details(RESIDENT)).contains("PASSKEY_CHANGED ADDED",
					"PASSKEY_CHANGED REMOVED", "SIGN_IN_SUCCEEDED null"));
	}

	@Test
	void an_admin_without_a_passkey_makes_one_before_any_admin_page_and_then_signs_in_with_it() {
		this.accounts.ensure(ADMIN, Role.ADMIN);
		this.accounts.reset(ADMIN);
		this.passkeys.removeAll(ADMIN);
		virtualAuthenticator(this.page);
		submitSignIn(ADMIN, TestAccounts.PASSWORD);
		this.page.waitForURL(Pattern.compile(".*/anmelden/zweiter-schritt$"));
		assertThat(heading1()).hasText("Anmeldung bestätigen");
		assertThat(button("Mit Passkey bestätigen")).isHidden();
		checkAtTwoTextSizes(this.page, "passkeys/second-factor-set-up", 48);

		// no admin page before the passkey: every one leads back here
		open("/admin/konten");
		assertThat(heading1()).hasText("Anmeldung bestätigen");
		assertThat(this.page).hasURL(Pattern.compile(".*/anmelden/zweiter-schritt$"));

		this.page.getByLabel("Name für den Passkey").fill("Dienstrechner");
		button("Passkey anlegen").click();
		assertShown("Der Passkey „Dienstrechner“ ist angelegt. Ab jetzt können Sie sich damit anmelden.");
		// then on to the page the admin was going to
		button("Mit Passkey bestätigen").click();
		this.page.waitForURL(Pattern.compile(".*/admin/konten$"));
		assertThat(heading1()).hasText("Konten verwalten");

		// next time the passkey alone: no password, every role
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		open("/anmelden");
		button("Mit Passkey anmelden").click();
		this.page.waitForURL(Pattern.compile(".*/konto$"));
		link("Konten verwalten").first().click();
		assertThat(heading1()).hasText("Konten verwalten");
	}

	private void assertShown(String message) {
		assertThat(this.page.getByText(message, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
	}

	private List<String> details(String username) {
		this.accounts.ensure("e2e-passkey-auditor", Role.ADMIN);
		this.accounts.signIn("e2e-passkey-auditor");
		try {
			return this.log.search(new AuditFilter(null, username, null, null), 0)
				.entries()
				.stream()
				.map(entry -> entry.kind() + " " + entry.detail())
				.toList();
		}
		finally {
			this.accounts.signOut();
		}
	}

}
