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
 * "Eine Idee einreichen" from start to finish at the kiosk, by touch only, with the
 * guided practice on the real kiosk idea screens in the sandbox: the control to use next
 * is highlighted and described by the instruction, the similar ideas are practice
 * examples, and neither an idea nor a support exists afterwards.
 */
class IdeaSubmissionTutorialEndToEndTest extends EndToEndTest {

	private static final Pattern NEXT = Pattern.compile("\\bpractice-next\\b");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void helga_practises_submitting_an_idea_at_the_kiosk_by_touch_and_nothing_is_stored() {
		int ideasBefore = count("idea");
		int supportsBefore = count("idea_kiosk_support");
		useTouchScreen();
		enrollThisBrowser();
		List<String> spoken = recordSpokenTexts();

		open("/kiosk");
		link(Pattern.compile("^Üben mit Anleitungen")).tap();
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Eine Idee einreichen")))
			.tap();

		// 1
		assertThat(heading1()).hasText("Ihre Idee für die Stadt");
		assertThat(this.page.getByText("Schritt 1 von 7")).isVisible();
		button("Weiter").tap();

		// 2: no account needed
		assertThat(heading1()).hasText("Vier Fragen zu Ihrer Idee");
		button("Nein, sie braucht zuerst ein Konto.").tap();
		assertThat(feedback()).hasText("Das stimmt nicht. Für eine Idee braucht man kein Konto.");
		button("Ja. Sie bekommt einen Beleg.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Richtig."));
		button("Weiter").tap();

		// 3: similar ideas
		assertThat(heading1()).hasText("Gibt es die Idee schon?");
		button("Ich reiche trotzdem meine eigene Idee ein.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Auch richtig."));
		button("Weiter").tap();

		// 4: the guided practice on the real idea screens, in the sandbox
		assertThat(heading1()).hasText("Jetzt reichen Sie zur Übung eine Idee ein");
		assertThat(this.page.getByRole(AriaRole.NOTE))
			.hasText("Übung: Hier wird nichts gespeichert. Probieren Sie es ruhig aus.");
		Locator practice = this.page.locator(".idea-practice");
		assertThat(practice.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)).first())
			.hasText("Wie heißt Ihre Idee?");
		Locator title = this.page.getByLabel("Name der Idee");
		assertThat(title).hasAccessibleDescription(Pattern.compile("^Tippen Sie in das Feld „Name der Idee“."));
		assertThat(this.page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(title)))
			.hasClass(NEXT);
		this.page.waitForCondition(() -> spoken.stream().anyMatch(s -> s.startsWith("Tippen Sie in das Feld „Name")));
		title.tap();
		Locator keyboard = keyboard("Bildschirmtastatur");
		typeOnScreen(keyboard, "Bank am Teich");
		// the similar ideas are practice examples; supporting one counts nothing
		Locator support = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Diese Idee unterstützen: Beispiel: Mehr Bänke im Stadtpark"));
		assertThat(support).isVisible();
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-idea-practice-similar", 64);
		support.tap();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Übung: So wird Ihre Unterstützung für „Beispiel: "
					+ "Mehr Bänke im Stadtpark“ gezählt. Es wurde nichts gespeichert.")))
			.isVisible();
		next(practice);

		// an empty answer is refused with the real message, at its field
		Locator problem = this.page.getByLabel("Was heute nicht gut ist");
		assertThat(problem).hasAccessibleDescription(Pattern.compile("Tippen Sie in das Feld „Was heute nicht gut"));
		next(practice);
		assertRefusedAt(problem, "Bitte beschreiben Sie, was heute nicht gut ist.");
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-idea-practice-refused", 64);
		problem.fill("Am Teich gibt es keine Bank.");
		next(practice);
		this.page.getByLabel("Ihre Idee").fill("Eine Bank am Teich.");
		next(practice);
		this.page.getByLabel("Wem es helfen würde").fill("Allen, die nicht lange stehen können.");
		next(practice);

		Locator send = practice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Idee einreichen"));
		assertThat(send).hasClass(NEXT);
		assertThat(send).hasAccessibleDescription(Pattern.compile("^Hier ist alles freiwillig."));
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-idea-practice-details", 64);
		send.tap();

		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Geschafft! So sieht Ihr Beleg aus.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Übung – nichts wurde gespeichert Bank am Teich")))
			.containsText("In der Übung gibt es keinen.");
		assertThat(feedback())
			.hasText("Sehr gut! Sie haben zur Übung eine Idee eingereicht. Es wurde nichts gespeichert.");
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-idea-practice-receipt", 64);
		assertThat(count("idea")).isEqualTo(ideasBefore);
		button("Weiter").tap();

		// 5: the receipt's code
		assertThat(heading1()).hasText("Ihr Beleg");
		button("Damit sehe ich später, was aus meiner Idee wird.").tap();
		assertThat(feedback()).hasText(Pattern.compile("^Richtig."));
		button("Weiter").tap();

		// 6, 7 and the finish screen
		assertThat(heading1()).hasText("Was dann passiert");
		button("Weiter").tap();
		assertThat(heading1()).hasText("Gut gemacht");
		button("Abschließen").tap();
		assertThat(heading1()).hasText("Geschafft!");

		assertThat(count("idea")).as("no idea stored").isEqualTo(ideasBefore);
		assertThat(count("idea_kiosk_support")).as("no support stored").isEqualTo(supportsBefore);
	}

	@Test
	void the_idea_practice_works_in_the_portal_in_high_contrast_too() {
		open("/lernen/idea-submission/4");
		assertThat(heading1()).hasText("Jetzt reichen Sie zur Übung eine Idee ein");
		Locator title = this.page.getByLabel("Name der Idee");
		assertThat(this.page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(title)))
			.hasClass(NEXT);
		// no read-aloud of typed words where no kiosk frame can say them privately
		assertThat(button("Frage und Antwort vorlesen")).hasCount(0);
		assertAccessible(this.page, "idea practice portal");
		assertTouchTargets(this.page, 48, "idea practice portal");
		screenshot(this.page, "tutorial-idea-practice-portal");
		setDisplay("de", true, 200);
		title.fill("Bank am Teich");
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Diese Idee unterstützen: Beispiel: Mehr Bänke im Stadtpark")))
			.isVisible();
		assertAccessible(this.page, "idea practice portal high contrast 200");
		screenshot(this.page, "tutorial-idea-practice-portal-high-contrast-200");
	}

	/**
	 * "Weiter" of the practised screens (the player, the bar and the keyboard have one
	 * too).
	 */
	private static void next(Locator practice) {
		practice.locator(".kiosk-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weiter"))
			.tap();
	}

	private Locator feedback() {
		return this.page.locator("#tutorial-feedback");
	}

	private int count(String table) {
		return Objects.requireNonNull(this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
	}

}
