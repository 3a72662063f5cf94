package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * An admin creates an account for a new trainer without choosing a password; the trainer
 * chooses hers through the link, signs in with it, and the link then works no more.
 */
class InvitationEndToEndTest extends EndToEndTest {

	@Test
	void an_invited_trainer_sets_her_own_password_through_the_link_which_then_no_longer_works_and_an_admin_deletes_her_account_later() {
		String trainer = "e2e-invited-" + System.nanoTime() % 100_000;
		this.accounts.ensure("e2e-inviting-admin", Role.ADMIN);
		this.accounts.reset("e2e-inviting-admin");
		signIn("e2e-inviting-admin");
		open("/admin/konten");
		this.page.getByLabel("Benutzername").fill(trainer);
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tina Trainerin");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX,
					new Page.GetByRoleOptions().setName("Digital-Pate"))
			.check();
		button("Konto anlegen").click();
		Locator link = this.page.locator("#invitation-link");
		assertThat(link).containsText("/einladung/");
		String invitation = link.textContent().trim();
		checkAtTwoTextSizes(this.page, "invitation/admin-link", 48);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		this.page.navigate(invitation.replaceFirst("^https?://[^/]+", url("")));
		assertThat(heading1()).hasText("Ihr Passwort wählen");
		assertThat(this.page.getByText("Willkommen, Tina Trainerin!", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		checkAtTwoTextSizes(this.page, "invitation/choose", 48);
		Locator password = this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true));
		Locator repeat = this.page.getByLabel("Passwort wiederholen");
		password.fill("kurz");
		repeat.fill("kurz");
		button("Passwort speichern").click();
		assertRefusedAt(password, "Das Passwort muss zwischen 10 und 256 Zeichen lang sein.");
		password.fill("mein eigenes langes Passwort");
		repeat.fill("mein eigenes langes Passwort");
		button("Passwort speichern").click();
		assertThat(heading1()).hasText("Ihr Passwort ist gespeichert");

		open("/anmelden");
		this.page.getByLabel("Benutzername").fill(trainer);
		this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true))
			.fill("mein eigenes langes Passwort");
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.MAIN)
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Anmelden").setExact(true))
			.click();
		this.page.waitForURL(Pattern.compile(".*/konto$"));
		assertThat(heading1()).hasText("Hallo, Tina Trainerin");
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		this.page.navigate(invitation.replaceFirst("^https?://[^/]+", url("")));
		assertThat(heading1()).hasText("Dieser Link funktioniert nicht mehr");
		checkAtTwoTextSizes(this.page, "invitation/closed", 48);

		// she leaves: an admin deletes the account, which then signs in no more
		signIn("e2e-inviting-admin");
		open("/admin/konten");
		link("Bearbeiten: Tina Trainerin").click();
		link("Konto löschen …").click();
		assertThat(heading1()).hasText("Konto von Tina Trainerin löschen");
		this.page.getByLabel("Ich habe gelesen, was gelöscht wird, und die Aufgaben dieses Kontos sind übergeben.")
			.check();
		button("Konto endgültig löschen").click();
		assertThat(heading1()).hasText("Das Konto ist gelöscht");
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		submitSignIn(trainer, "mein eigenes langes Passwort");
		this.page.waitForURL(Pattern.compile(".*/anmelden\\?error$"));
	}

}
