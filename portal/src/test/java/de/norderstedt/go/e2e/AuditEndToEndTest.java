package de.norderstedt.go.e2e;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.privacy.AuditEntry;
import de.norderstedt.go.privacy.AuditFilter;
import de.norderstedt.go.privacy.AuditKind;
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
 * Wrong passwords lock an account, an admin gives it another role and disables it, and
 * then reads all of that in the security log; the disabled person reads only the sign-in
 * form's one message.
 */
class AuditEndToEndTest extends EndToEndTest {

	private static final String PERSON = "e2e-audit-person";

	private static final String ADMIN = "e2e-audit-admin";

	private static final String OTHER = "e2e-audit-other";

	@Autowired
	AuditLog log;

	@Test
	void an_admin_reads_the_lock_the_role_change_and_the_disabling_in_the_security_log() {
		this.accounts.ensure(PERSON, Role.RESIDENT);
		this.accounts.reset(PERSON);
		this.accounts.ensure(ADMIN, Role.ADMIN);
		for (int i = 0; i < 5; i++) {
			submitSignIn(PERSON, "wrong-" + i);
			this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		}

		// someone else is signed in elsewhere when the admin disables their account
		this.accounts.ensure(OTHER, Role.RESIDENT);
		this.accounts.reset(OTHER);
		Page elsewhere = this.context.browser().newContext().newPage();
		signIn(elsewhere, OTHER);

		signIn(ADMIN);
		link("Konten verwalten").first().click();
		link("Bearbeiten: Test " + PERSON).click();
		assertThat(heading1()).hasText("Konto: Test " + PERSON);
		assertThat(this.page.getByText("Gesperrt bis", new Page.GetByTextOptions().setExact(false))).isVisible();
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Digital-Pate")).check();
		button("Rollen speichern").click();
		assertThat(status())
			.hasText("Die Rollen von Test " + PERSON + " sind gespeichert. Ist die Person gerade angemeldet, wird sie "
					+ "beim nächsten Seitenwechsel abgemeldet und meldet sich mit den neuen Rollen wieder an.");
		button("Konto deaktivieren").click();
		assertThat(status()).hasText("Test " + PERSON + " ist deaktiviert und kann sich nicht mehr anmelden.");
		assertThat(this.page.getByText("Deaktiviert: Dieses Konto kann sich nicht anmelden")).isVisible();
		checkAtTwoTextSizes(this.page, "audit/admin-account", 48);

		// the other sign-in ends at its next page
		link("Zurück zu allen Konten").click();
		link("Bearbeiten: Test " + OTHER).click();
		button("Konto deaktivieren").click();
		assertThat(status()).hasText("Test " + OTHER + " ist deaktiviert und kann sich nicht mehr anmelden.");
		elsewhere.navigate(url("/meine-buchungen"));
		assertThat(elsewhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true))
			.first()).isVisible();
		assertThat(elsewhere.getByText("Hallo, Test " + OTHER)).hasCount(0);
		elsewhere.context().close();

		assertThat(this.page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sicherheitsprotokoll"))).isVisible();

		// the events reach the log through the event publication registry
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(kinds()).contains(AuditKind.ACCOUNT_LOCKED, AuditKind.ROLES_CHANGED,
					AuditKind.ACCOUNT_DISABLED, AuditKind.SIGN_IN_FAILED));

		this.page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sicherheitsprotokoll"))
			.click();
		assertThat(heading1()).hasText("Sicherheitsprotokoll");
		Locator username = this.page.getByLabel("Benutzername");
		username.fill("niemand-heisst-so");
		button("Anzeigen").click();
		assertRefusedAt(username, "Kein Konto hat diesen Benutzernamen. Bitte prüfen Sie die Schreibweise.");

		username.fill(PERSON);
		button("Anzeigen").click();
		Locator entries = this.page.getByRole(AriaRole.LIST)
			.filter(new Locator.FilterOptions().setHasText("Konto gesperrt"));
		assertThat(entries).containsText("Rollen geändert");
		assertThat(entries).containsText("vorher: Bürgerin oder Bürger; jetzt: Bürgerin oder Bürger, Digital-Pate");
		assertThat(entries).containsText("Konto deaktiviert");
		assertThat(entries).containsText("Durch: " + ADMIN);
		assertThat(entries).containsText("Anmeldung abgelehnt");
		assertThat(entries).containsText("Falsches Passwort");
		assertThat(entries).containsText("Das ganze Konto, nach falschen Passwörtern in Folge");
		checkAtTwoTextSizes(this.page, "audit/admin-audit-log", 48);

		this.page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Rollen geändert").setExact(true))
			.click();
		button("Anzeigen").click();
		assertThat(this.page.locator("#audit-status")).hasText("Gefundene Einträge: 1 – Seite 1 von 1.");

		// the disabled person reads what anyone with a wrong password reads
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		submitSignIn(PERSON, TestAccounts.PASSWORD);
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
		assertThat(this.page.getByText("deaktiviert", new Page.GetByTextOptions().setExact(false))).hasCount(0);
	}

	private Locator status() {
		return this.page.locator("#account-admin-status");
	}

	private List<AuditKind> kinds() {
		this.accounts.signIn(ADMIN);
		try {
			return this.log.search(new AuditFilter(null, PERSON, null, null), 0)
				.entries()
				.stream()
				.map(AuditEntry::kind)
				.toList();
		}
		finally {
			this.accounts.signOut();
		}
	}

}
