package de.norderstedt.go.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.content.Tutorials;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.assertReflows;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step and the finish screen of every shipped tutorial in the default display
 * (German, normal contrast, 100 % text), and of the {@link #HARDEST_DISPLAY_TUTORIALS} in
 * the hardest one (English, high contrast, 200 % text, also in narrow windows): axe finds
 * nothing, targets are big enough, nothing scrolls sideways. At the kiosk the first
 * practice of each, and the step after it, are checked at 64 px. Those two steps are kept
 * as screenshots at 100 % and 200 % text, in the portal and at the kiosk, for people to
 * look at.
 */
class EveryTutorialEndToEndTest extends EndToEndTest {

	/**
	 * The tutorials checked in the hardest display too. One player shows every tutorial;
	 * what differs between them is the kind of practice (each kind has its own controls)
	 * and the text. These cover every kind of practice (touchscreen-basics: tap, swipe,
	 * scroll, choose; course-booking: guided, scan; locker-rollator: type, guided), the
	 * most text (scam-messages, with the most answers to choose from) and the longest
	 * word that cannot wrap, an address (qr-scanning).
	 * {@link #the_hardest_display_sees_every_kind_of_practice()} fails when a new kind of
	 * practice is not among them.
	 */
	static final List<String> HARDEST_DISPLAY_TUTORIALS = List.of("touchscreen-basics", "course-booking",
			"locker-rollator", "scam-messages", "qr-scanning");

	/** The player's button to the next step, in either language. */
	private static final Locator.GetByRoleOptions FORWARD = new Locator.GetByRoleOptions()
		.setName(Pattern.compile("^(Weiter|Überspringen|Abschließen|Next|Skip|Finish)$"));

	/** One library kiosk for the class; each browser has its own session on it. */
	private static String kiosk;

	@Autowired
	Tutorials tutorials;

	static List<String> slugs() {
		return Tutorials.shipped().all().stream().map(Tutorial::slug).toList();
	}

	static Stream<String> hardestDisplayTutorials() {
		return HARDEST_DISPLAY_TUTORIALS.stream();
	}

	@BeforeAll
	static void enrollAKiosk(@Autowired TestDevices devices) {
		kiosk = devices.enrolledKiosk("Lern-Kiosk " + System.nanoTime(), 120, "de");
	}

	@Test
	void the_hardest_display_sees_every_kind_of_practice() {
		Set<String> shipped = practiceKinds(Tutorials.shipped().all().stream());
		Set<String> checked = practiceKinds(
				Tutorials.shipped().all().stream().filter(t -> HARDEST_DISPLAY_TUTORIALS.contains(t.slug())));
		assertThat(checked).as("kinds of practice checked in the hardest display").containsAll(shipped);
		assertThat(slugs()).containsAll(HARDEST_DISPLAY_TUTORIALS);
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}")
	@MethodSource("slugs")
	void every_step_passes_in_the_default_display_in_the_portal(String slug) {
		Tutorial tutorial = this.tutorials.find(slug).orElseThrow();
		// a fresh session starts in the default display (everyStep checks the language)
		everyStep(tutorial, Display.DEFAULT, false);
		int steps = tutorial.stepsOrEmpty().size();
		for (int index : shownSteps(tutorial)) {
			go("/lernen/" + slug + "/" + (index + 1));
			assertThat(this.page.locator("#tutorial-progress")).hasText("Schritt " + (index + 1) + " von " + steps);
			screenshots("tutorial-" + slug + "-" + (index + 1));
		}
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}")
	@MethodSource("hardestDisplayTutorials")
	void every_step_passes_in_the_hardest_display_in_the_portal(String slug) {
		Tutorial tutorial = this.tutorials.find(slug).orElseThrow();
		open("/lernen/" + slug + "/1");
		setDisplay(Display.HARDEST);
		everyStep(tutorial, Display.HARDEST, true);
	}

	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0}")
	@MethodSource("slugs")
	void the_practice_steps_are_accessible_at_the_kiosk(String slug) {
		Tutorial tutorial = this.tutorials.find(slug).orElseThrow();
		useTouchScreen();
		this.context
			.addCookies(List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, kiosk).setUrl(url("/")).setHttpOnly(true)));
		boolean first = true;
		for (int index : shownSteps(tutorial)) {
			// the first from scratch (the kiosk's cookie is new), the next as a link
			// would
			if (first) {
				this.page.navigate(url("/kiosk/lernen/" + slug + "/" + (index + 1)));
				first = false;
			}
			else {
				go("/kiosk/lernen/" + slug + "/" + (index + 1));
			}
			assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(Text.in(tutorial.stepsOrEmpty().get(index).title(), Locale.GERMAN));
			String what = "kiosk " + slug + " step " + (index + 1);
			assertAccessible(this.page, what);
			assertTouchTargets(this.page, 64, what);
			assertNoHorizontalScrolling(this.page, what);
			screenshots("kiosk-tutorial-" + slug + "-" + (index + 1));
		}
	}

	/**
	 * Every step and the finish screen in the display the session has: the progress says
	 * where we are in the page's language, axe, targets, no sideways scrolling.
	 * @param narrow whether to check narrow windows too
	 * ({@link PageChecks#assertReflows})
	 */
	private void everyStep(Tutorial tutorial, Display display, boolean narrow) {
		boolean german = display.german();
		int steps = tutorial.stepsOrEmpty().size();
		String first = url("/lernen/" + tutorial.slug() + "/1");
		if (!this.page.url().equals(first)) {
			this.page.navigate(first);
		}
		for (int step = 1; step <= steps + 1; step++) {
			String address = "/lernen/" + tutorial.slug() + "/" + (step > steps ? "geschafft" : step);
			if (step > 1) {
				// on to the next step as a learner goes: a practice not done is skipped
				this.page.locator(".tutorial-actions").getByRole(AriaRole.BUTTON, FORWARD).click();
				assertThat(this.page).hasURL(url(address));
			}
			String progress = step > steps
					? (german ? "Alle " + steps + " Schritte geschafft" : "All " + steps + " steps done")
					: (german ? "Schritt " : "Step ") + step + (german ? " von " : " of ") + steps;
			assertThat(this.page.locator("#tutorial-progress")).hasText(progress);
			assertThat(this.page.locator("html")).hasAttribute("lang", display.language());
			assertThat(this.page.locator("html")).hasAttribute("data-text-size", String.valueOf(display.size()));
			String what = address + " (" + display + ")";
			assertAccessible(this.page, what);
			assertTouchTargets(this.page, 48, what);
			assertNoHorizontalScrolling(this.page, what);
			if (narrow) {
				assertReflows(this.page, display.size(), what);
			}
		}
	}

	/** The kinds of practice (tap, swipe, …) the tutorials' steps have. */
	private static Set<String> practiceKinds(Stream<Tutorial> tutorials) {
		return tutorials.flatMap(t -> t.stepsOrEmpty().stream())
			.map(Step::practice)
			.filter(p -> p != null)
			.map(EveryTutorialEndToEndTest::kind)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String kind(Practice practice) {
		return practice.getClass().getSimpleName();
	}

	/** The first step with a practice, and the step after it. */
	private static List<Integer> shownSteps(Tutorial tutorial) {
		List<Step> steps = tutorial.stepsOrEmpty();
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
