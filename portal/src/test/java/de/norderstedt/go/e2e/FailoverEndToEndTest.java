package de.norderstedt.go.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.shell.TestSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * When the portal instance that held a person's session dies, the load balancer sends
 * their next request to another instance, which has no session for it. Here, in one
 * portal, the session of an open page ends on the server (as on the other instance, the
 * page's next request finds no session for its cookie): the person stays on the same page
 * with a short message in their language, no error page and no English "Session expired";
 * a sign-in that was lost is said and offered again, back to the same page; a kiosk
 * starts again at its start screen.
 */
class FailoverEndToEndTest extends EndToEndTest {

	@Autowired
	TestSessions sessions;

	private static final String MESSAGE = "Die Verbindung wurde neu aufgebaut. Bitte prüfen Sie Ihre letzte Eingabe.";

	@Test
	void a_resident_whose_session_is_lost_stays_on_the_page_is_told_and_signs_in_again_back_to_it() {
		String resident = "failover-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		signIn(resident);
		go("/kurse");
		String heading = heading1().textContent();

		loseSession();
		button("Anzeige und Sprache").click();

		this.page.waitForURL(Pattern.compile(".*/kurse\\?neu-verbunden$"));
		assertThat(heading1()).hasText(heading);
		assertThat(notice()).hasText(MESSAGE
				+ " Waren Sie angemeldet? Dann melden Sie sich bitte wieder an. Danach sind Sie wieder auf dieser Seite.");
		assertThat(button("Wieder anmelden")).isVisible();
		checkAtTwoTextSizes(this.page, "reconnected", 48);

		button("English").click();
		assertThat(notice("Connection notice")).hasText("The connection was set up again. Please check what you last "
				+ "entered. Were you signed in? Then please sign in again. You will come back to this page.");
		checkAtTwoTextSizes(this.page, "reconnected-en", 48);
		button("Deutsch").click();
		assertThat(notice()).containsText(MESSAGE);

		button("Wieder anmelden").click();
		assertThat(heading1()).hasText("Anmelden");
		this.page.getByLabel("Benutzername").fill(resident);
		this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmelden").setExact(true))
			.click();

		this.page.waitForURL(Pattern.compile(".*/kurse$"));
		assertThat(heading1()).hasText(heading);
		assertThat(button("Abmelden")).isVisible();
		assertThat(notice()).hasCount(0);
	}

	@Test
	void a_page_that_needs_a_sign_in_says_the_sign_in_was_lost_with_the_connection() {
		String resident = "failover-account-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		signIn(resident);

		loseSession();
		button("Anzeige und Sprache").click();

		// the sign-in page, at the page's address (Vaadin's reroute) or its own (a
		// redirect
		// of Spring Security, as behind the load balancer)
		this.page.waitForURL(Pattern.compile(".*/(konto\\?neu-verbunden|anmelden)$"));
		assertThat(heading1()).hasText("Anmelden");
		assertThat(notice()).hasText("Die Verbindung wurde neu aufgebaut. Dabei wurden Sie abgemeldet. Bitte melden "
				+ "Sie sich wieder an. Danach sind Sie wieder auf der Seite von vorher.");
		checkAtTwoTextSizes(this.page, "reconnected-sign-in", 48);
	}

	@Test
	void a_kiosk_whose_session_is_lost_starts_again_at_its_start_screen_with_the_message() {
		enrollThisBrowser();
		open("/kiosk/rueckmeldung");

		loseSession();
		button("Auf dem Handy weitermachen").click();

		this.page.waitForURL(Pattern.compile(".*/kiosk/start\\?neu-verbunden$"));
		assertThat(notice()).hasText("Die Verbindung wurde neu aufgebaut. Bitte beginnen Sie hier noch einmal.");
		assertThat(this.page.getByRole(AriaRole.DIALOG)).hasCount(0);
		checkAtTwoTextSizes(this.page, "reconnected-kiosk", 64);
	}

	/**
	 * As on another instance: the session the page's cookie names is gone on the server.
	 */
	private void loseSession() {
		String id = this.context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("JSESSIONID"))
			.map(cookie -> cookie.value)
			.findFirst()
			.orElseThrow();
		org.assertj.core.api.Assertions.assertThat(this.sessions.invalidate(id)).as("the page's session").isTrue();
	}

	private Locator notice() {
		return notice("Hinweis zur Verbindung");
	}

	private Locator notice(String name) {
		return this.page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
