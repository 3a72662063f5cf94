package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.notifications.TestMails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Double opt-in and one-click unsubscribe as a resident lives them: she gives her
 * address, reads that it waits for confirmation, opens the link from the e-mail she got
 * and confirms; later she opens the unsubscribe link of an e-mail without being signed in
 * and stops all e-mail.
 */
class EmailOptInEndToEndTest extends EndToEndTest {

	private static final String SETTINGS = "/einstellungen/benachrichtigungen";

	@Autowired
	TestMails mails;

	@Test
	void a_resident_confirms_her_address_from_the_e_mail_and_later_unsubscribes_without_signing_in() {
		String username = "optin-e2e-" + System.nanoTime();
		String email = username + "@example.org";
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		signIn(username);
		open(SETTINGS);
		this.page.getByLabel("E-Mail-Adresse (freiwillig)").fill(email);
		checkbox("Neuigkeiten per E-Mail").check();
		button("Speichern").click();
		assertThat(this.page.getByText("Wartet auf Bestätigung – wir haben einen Link an " + email
				+ " geschickt. Erst wenn Sie ihn öffnen, bekommen Sie E-Mails."))
			.isVisible();
		checkAtTwoTextSizes(this.page, "email-waiting", 48);

		// asking again at once is refused in words, next to the button
		button("Link noch einmal schicken").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Wir haben gerade erst einen Link geschickt.");

		// the link from the e-mail: the page asks first, then says it worked
		open(this.mails.confirmationPath(email));
		assertThat(heading1()).hasText("E-Mail-Adresse bestätigen");
		checkAtTwoTextSizes(this.page, "email-confirm", 48);
		button("Adresse bestätigen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre E-Mail-Adresse ist bestätigt"))).isVisible();
		checkAtTwoTextSizes(this.page, "email-confirmed", 48);

		open(SETTINGS);
		assertThat(this.page.getByText("Bestätigt: Ihre E-Mails gehen an " + email + ".")).isVisible();
		assertThat(button("Link noch einmal schicken")).isHidden();

		// an e-mail with its unsubscribe link, opened in a browser nobody is signed in
		// to
		this.mails.tell(account, "Laternenumzug in Garstedt", "Am Freitag um 18 Uhr.");
		String unsubscribe = this.mails.unsubscribePath(email);
		this.context.clearCookies();
		open(unsubscribe);
		assertThat(heading1()).hasText("E-Mails abbestellen");
		checkAtTwoTextSizes(this.page, "email-unsubscribe", 48);
		button("Alle E-Mails stoppen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions()
				.setHasText("Erledigt: Wir schicken keine E-Mails mehr an diese Adresse.")))
			.isVisible();
		checkAtTwoTextSizes(this.page, "email-unsubscribed", 48);

		signIn(username);
		open(SETTINGS);
		assertThat(this.page.getByText("Abbestellt: Sie haben alle E-Mails an " + email + " gestoppt.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(button("Link noch einmal schicken")).isVisible();
	}

	@Test
	void an_expired_link_offers_a_new_one_and_a_used_link_says_so() {
		String username = "optin-e2e-expired-" + System.nanoTime();
		String email = username + "@example.org";
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		String expired = this.mails.openLinks(account, email).get(0);
		this.mails.expireLink(account);

		open(expired);
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Dieser Link ist abgelaufen."))).isVisible();
		assertThat(button("Adresse bestätigen")).isHidden();
		checkAtTwoTextSizes(this.page, "email-confirm-expired", 48);
		button("Neuen Link schicken").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Wir haben einen neuen Link geschickt."))).isVisible();

		// the new link from the e-mail confirms; opened again, it says it was used
		String fresh = this.mails.confirmationPath(email);
		open(fresh);
		button("Adresse bestätigen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre E-Mail-Adresse ist bestätigt"))).isVisible();
		open(fresh);
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Dieser Link wurde schon benutzt"))).isVisible();
		// the expired one is replaced: not ours any more
		open(expired);
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Diesen Link kennen wir nicht."))).isVisible();
	}

	private Locator checkbox(String name) {
		return this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
