package de.norderstedt.go.e2e;

import java.util.List;
import java.util.stream.IntStream;

import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.content.Tutorials;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/**
 * Every step and the finish screen of every shipped tutorial, in German and English: axe
 * finds nothing, targets are big enough, nothing scrolls sideways. At the kiosk the first
 * practice of each is checked at 64 px. Two steps of each (the first practice and the one
 * after it) are kept as screenshots at 100 % and 200 % text, in the portal and at the
 * kiosk, for people to look at.
 */
class EveryTutorialEndToEndTest extends EndToEndTest {

	@Autowired
	Tutorials tutorials;

	static List<String> slugs() {
		return Tutorials.shipped().all().stream().map(Tutorial::slug).toList();
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}")
	@MethodSource("slugs")
	void every_step_is_accessible_in_both_languages_in_the_portal(String slug) {
		Tutorial tutorial = this.tutorials.find(slug).orElseThrow();
		int steps = tutorial.steps().size();
		for (String language : List.of("de", "en")) {
			this.page.navigate(url("/lernen/" + slug + "/1?sprache=" + language));
			for (int step = 1; step <= steps + 1; step++) {
				String address = "/lernen/" + slug + "/" + (step > steps ? "geschafft" : step);
				this.page.navigate(url(address));
				String progress = step > steps
						? (language.equals("de") ? "Alle " + steps + " Schritte geschafft"
								: "All " + steps + " steps done")
						: (language.equals("de") ? "Schritt " : "Step ") + step
								+ (language.equals("de") ? " von " : " of ") + steps;
				assertThat(this.page.locator("#tutorial-progress")).hasText(progress);
				assertThat(this.page.locator("html")).hasAttribute("lang", language);
				String what = address + " (" + language + ")";
				assertAccessible(this.page, what);
				assertTouchTargets(this.page, 48, what);
				assertNoHorizontalScrolling(this.page, what);
			}
		}
		for (int index : shownSteps(tutorial)) {
			this.page.navigate(url("/lernen/" + slug + "/" + (index + 1) + "?sprache=de"));
			assertThat(this.page.locator("#tutorial-progress")).hasText("Schritt " + (index + 1) + " von " + steps);
			screenshots("tutorial-" + slug + "-" + (index + 1));
		}
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}")
	@MethodSource("slugs")
	void the_practice_steps_are_accessible_at_the_kiosk(String slug) {
		Tutorial tutorial = this.tutorials.find(slug).orElseThrow();
		useTouchScreen();
		enrollThisBrowser();
		for (int index : shownSteps(tutorial)) {
			this.page.navigate(url("/kiosk/lernen/" + slug + "/" + (index + 1)));
			assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(tutorial.steps().get(index).title().de());
			String what = "kiosk " + slug + " step " + (index + 1);
			assertAccessible(this.page, what);
			assertTouchTargets(this.page, 64, what);
			assertNoHorizontalScrolling(this.page, what);
			screenshots("kiosk-tutorial-" + slug + "-" + (index + 1));
		}
	}

	/** The first step with a practice, and the step after it. */
	private static List<Integer> shownSteps(Tutorial tutorial) {
		List<Step> steps = tutorial.steps();
		int practice = IntStream.range(0, steps.size())
			.filter(i -> steps.get(i).practice() != null)
			.findFirst()
			.orElse(0);
		return List.of(practice, Math.min(practice + 1, steps.size() - 1));
	}

	private void screenshots(String name) {
		this.page.evaluate("() => document.documentElement.dataset.textSize = '100'");
		screenshot(this.page, name + "-100");
		this.page.evaluate("() => document.documentElement.dataset.textSize = '200'");
		assertNoHorizontalScrolling(this.page, name + " at 200 %");
		screenshot(this.page, name + "-200");
		this.page.evaluate("() => document.documentElement.dataset.textSize = '100'");
	}

}
