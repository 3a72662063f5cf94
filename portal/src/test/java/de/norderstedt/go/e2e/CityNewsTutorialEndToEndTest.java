package de.norderstedt.go.e2e;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nachrichten aus der Stadt": the guided practice on the real set-up screens for city
 * news, at the kiosk by touch only and in the portal in English: the control to use next
 * is highlighted and described by the spoken instruction, the real checks refuse a bad
 * choice, and afterwards no settings, no areas or districts and no push subscription are
 * stored, and the browser was never asked for notifications.
 */
class CityNewsTutorialEndToEndTest extends EndToEndTest {

	private static final Pattern NEXT = Pattern.compile("\\bpractice-next\\b");

	/** What the practice could have stored, were it not a practice. */
	private static final List<String> TABLES = List.of("notification_settings", "news_interest_topic",
			"news_interest_district", "push_subscription");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void helga_practises_setting_up_city_news_at_the_kiosk_by_touch_and_nothing_is_stored() {
		List<Integer> before = counts();
		useTouchScreen();
		enrollThisBrowser();
		List<String> spoken = recordSpokenTexts();

		open("/kiosk/lernen/city-news/6");
		assertThat(heading1()).hasText("Jetzt richten Sie zur Übung Ihre Neuigkeiten ein");
		Locator practice = this.page.locator(".news-set-up-practice");
		assertThat(practice.getByRole(AriaRole.NOTE))
			.hasText("Übung: Hier wird nichts gespeichert. Probieren Sie es ruhig aus.");
		assertThat(practice.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("Neuigkeiten einrichten");

		// 1: the areas; with none, the real check refuses
		assertThat(practice.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
			.hasText("Welche Themen interessieren Sie?");
		Locator topics = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Themen, die Sie interessieren")));
		assertThat(topics).hasClass(NEXT);
		String topicsInstruction = "Tippen Sie auf ein Thema, zum Beispiel „Verkehr & Baustellen“. "
				+ "Dann tippen Sie auf „Weiter“.";
		assertThat(practice.locator("#news-practice-instruction")).hasText(topicsInstruction);
		this.page.waitForCondition(() -> spoken.contains(topicsInstruction));
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-news-practice-topics", 64);
		next(practice).tap();
		assertThat(practice.getByRole(AriaRole.ALERT))
			.hasText("Bitte wählen Sie mindestens ein Thema. Sonst bekommen Sie keine Neuigkeiten.");
		checkbox("Verkehr & Baustellen").tap();
		assertThat(next(practice)).hasClass(NEXT);
		next(practice).tap();

		// 2: the districts
		assertThat(practice.getByText("Schritt 2 von 3")).isVisible();
		Locator districts = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Stadtteile")));
		assertThat(districts).hasClass(NEXT);
		this.page.waitForCondition(
				() -> spoken.stream().anyMatch(s -> s.startsWith("Tippen Sie auf Ihren Stadtteil, zum Beispiel „")));
		checkbox("Garstedt").tap();
		next(practice).tap();

		// 3: how; an e-mail without an address is refused at its field, with the real
		// message; no device section, so the browser is never asked
		assertThat(practice.getByText("Schritt 3 von 3")).isVisible();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Nachrichten auf diesem Gerät")))
			.hasCount(0);
		Locator push = checkbox("Als Nachricht auf dem Gerät");
		assertThat(this.page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHas(push)))
			.hasClass(NEXT);
		this.page.waitForCondition(
				() -> spoken.stream().anyMatch(s -> s.startsWith("Schalten Sie die Nachrichten auf dem Gerät ein")));
		checkbox("Per E-Mail").tap();
		Locator finish = practice.getByRole(AriaRole.BUTTON, exactly("Fertig"));
		finish.tap();
		assertRefusedAt(this.page.getByLabel("Ihre E-Mail-Adresse"),
				"Für Nachrichten per E-Mail brauchen wir Ihre E-Mail-Adresse. Bitte tragen Sie sie ein oder wählen Sie E-Mail ab.");
		checkbox("Per E-Mail").tap();
		push.tap();
		assertThat(finish).hasClass(NEXT);
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-news-practice-how", 64);
		finish.tap();

		// the summary, marked as practice
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Geschafft! So sieht Ihre Auswahl aus.")))
			.isVisible();
		Locator summary = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Übung – nichts wurde gespeichert Ihre Auswahl"));
		assertThat(summary).containsText("Themen: Verkehr & Baustellen");
		assertThat(summary).containsText("Stadtteile: Garstedt");
		assertThat(summary)
			.containsText("So kommen die Neuigkeiten: In der App (empfohlen), Als Nachricht auf dem Gerät");
		assertThat(this.page.locator("#tutorial-feedback"))
			.hasText("Sehr gut! Sie haben zur Übung Ihre Neuigkeiten eingerichtet. Es wurde nichts gespeichert.");
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-news-practice-done", 64);

		assertThat(counts()).as("nothing stored").isEqualTo(before);
		assertThat(this.page.evaluate("() => window.goWebPush === undefined")).as("no push script").isEqualTo(true);
	}

	@Test
	void the_news_practice_works_in_the_portal_in_english_in_high_contrast() {
		List<Integer> before = counts();
		open("/lernen/city-news/6");
		setDisplay("en", true, 200);
		assertThat(heading1()).hasText("Now you set up your news for practice");
		assertThat(this.page.locator(".news-set-up-practice").getByRole(AriaRole.NOTE))
			.hasText("Practice: nothing is saved here. Feel free to try it out.");
		Locator topics = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Topics you are interested in")));
		assertThat(topics).hasClass(NEXT);
		assertAccessible(this.page, "news practice portal en");
		assertTouchTargets(this.page, 48, "news practice portal en");
		screenshot(this.page, "tutorial-news-practice-portal-en-high-contrast-200");
		checkbox("Traffic & roadworks").click();
		button("Next").click();
		checkbox("Garstedt").click();
		button("Next").click();
		Locator push = checkbox("As a message on the device");
		push.click();
		button("Done").click();
		Locator summary = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Practice – nothing was saved Your choice"));
		assertThat(summary).containsText("Topics: Traffic & roadworks");
		assertThat(summary).containsText("Districts: Garstedt");
		assertAccessible(this.page, "news practice portal en done");
		screenshot(this.page, "tutorial-news-practice-portal-en-done");
		assertThat(counts()).as("nothing stored").isEqualTo(before);
	}

	/** "Weiter" of the practised screens (the player has one too). */
	private static Locator next(Locator practice) {
		return practice.locator(".actions").getByRole(AriaRole.BUTTON, exactly("Weiter"));
	}

	private Locator checkbox(String name) {
		return this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private List<Integer> counts() {
		return TABLES.stream()
			.map(table -> Objects
				.requireNonNull(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)))
			.toList();
	}

}
