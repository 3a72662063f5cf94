package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.notifications.OutboxMail;
import de.norderstedt.go.notifications.TestMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;

/**
 * The admins' mail outbox: the e-mails this installation kept instead of sending them,
 * newest first, each to read in full; residents are refused. Both cases read the newest
 * mails of the one outbox, so they run one at a time.
 */
@Execution(ExecutionMode.SAME_THREAD)
class MailOutboxEndToEndTest extends EndToEndTest {

	@Autowired
	TestMails mails;

	@Test
	void an_admin_finds_a_kept_mail_in_the_outbox_and_reads_it_in_german_and_english() {
		long n = System.nanoTime() % 100000;
		OutboxMail german = this.mails.inOutbox("aylin.yildiz@example.org", Language.DE,
				"Baustelle in der Ohechaussee " + n,
				"Ab Montag ist die Ohechaussee in Garstedt halb gesperrt. Busse fahren über die Straße Fußsteigkoppel.",
				"/nachrichten/5");
		OutboxMail english = this.mails.inOutbox("jens@example.org", Language.EN, "Your course starts tomorrow " + n,
				"Smartphone basics, 10:00, Stadtbücherei Norderstedt.", "/meine-buchungen");
		String admin = "outbox-admin-" + n;
		this.accounts.ensure(admin, Role.ADMIN);
		signIn(admin);

		link("Postausgang").click();
		assertThat(heading1()).hasText("Postausgang");
		assertThat(this.page.getByText("In dieser Installation werden E-Mails nicht verschickt.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(this.page.getByText(Pattern.compile("SPRING_MAIL_HOST"))).isVisible();
		// newest first: the English one was kept last
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(3)).first())
			.hasText(english.subject());
		assertThat(link(german.subject())).isVisible();
		assertThat(link(german.subject())).hasAttribute("lang", "de");
		checkPortal("mail-outbox");

		link(german.subject()).click();
		this.page.waitForURL(Pattern.compile(".*/admin/postausgang/" + german.id() + "$"));
		assertThat(heading1()).hasText(german.subject());
		assertThat(this.page.getByText("aylin.yildiz@example.org")).isVisible();
		assertThat(
				this.page.getByRole(AriaRole.MAIN).getByText("Deutsch", new Locator.GetByTextOptions().setExact(true)))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Text der E-Mail")))
			.isVisible();
		assertThat(this.page.locator("pre")).containsText("Guten Tag,");
		assertThat(this.page.locator("pre")).containsText("Fußsteigkoppel");
		assertThat(this.page.locator("pre")).containsText(Pattern.compile("https?://[^/]+/nachrichten/5"));
		assertThat(this.page.locator("pre")).containsText("/einstellungen/benachrichtigungen");
		checkPortal("mail-outbox-mail");

		link("Zurück zum Postausgang").click();
		assertThat(heading1()).hasText("Postausgang");
		setDisplay("en", false, 100);
		assertThat(heading1()).hasText("Outbox");
		assertThat(this.page.getByText("This installation does not send e-mails.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		link(english.subject()).click();
		assertThat(heading1()).hasText(english.subject());
		assertThat(this.page.getByText("Kept on:")).isVisible();
		assertThat(
				this.page.getByRole(AriaRole.MAIN).getByText("English", new Locator.GetByTextOptions().setExact(true)))
			.isVisible();
		assertThat(this.page.locator("pre")).containsText("Hello,");
		assertThat(this.page.locator("pre")).hasAttribute("lang", "en");
		checkPortal("mail-outbox-mail-en");

		open("/admin/postausgang/999999999");
		assertThat(heading1()).hasText("E-mail not found");
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("This e-mail is not in the outbox.");
		checkPortal("mail-outbox-unknown-en");
	}

	@Test
	void a_resident_has_no_outbox() {
		OutboxMail kept = this.mails.inOutbox("helga@example.org", Language.DE, "Sturmwarnung",
				"Bitte zu Hause bleiben.", "/nachrichten/6");
		String resident = "outbox-resident-" + System.nanoTime() % 100000;
		this.accounts.ensure(resident, Role.RESIDENT);
		signIn(resident);

		assertThat(link("Postausgang")).hasCount(0);
		open("/admin/postausgang");
		assertThat(heading1()).hasText("Kein Zugriff");
		assertThat(this.page.getByText(kept.subject())).hasCount(0);
		open("/admin/postausgang/" + kept.id());
		assertThat(heading1()).hasText("Kein Zugriff");
		assertThat(this.page.getByText("helga@example.org")).hasCount(0);
	}

	private void checkPortal(String name) {
		checkAtTwoTextSizes(this.page, name, 48);
		this.page.setViewportSize(320, 640);
		assertNoHorizontalScrolling(this.page, name + " at 320 px");
		this.page.setViewportSize(1280, 900);
	}

}
