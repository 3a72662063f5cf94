package de.norderstedt.go.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every page an end-to-end test visits must pass, and the screenshots we look at.
 */
final class PageChecks {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/**
	 * The WCAG rules; of the passes, the inapplicable and the incomplete axe reports one
	 * element each rather than every element (describing each passing element is most of
	 * a scan's time on a page of Vaadin components). Violations come with every element.
	 */
	private static final AxeRunOptions AXE_OPTIONS = axeOptions();

	private PageChecks() {
	}

	/**
	 * axe-core with the WCAG 2.2 A/AA rules: any violation of any impact fails the test.
	 * Run in the page itself ("legacy mode"): our pages have no frames from other
	 * origins, and the frame-by-frame mode opens a blank page per scan to put the parts
	 * together, which takes four times as long.
	 */
	static void assertAccessible(Page page, String what) {
		finishAnimations(page);
		AxeResults results = new AxeBuilder(page).setLegacyMode(true).options(AXE_OPTIONS).analyze();
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			String report = violations.stream()
				.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
						+ rule.getNodes()
							.stream()
							.map(node -> String.valueOf(node.getTarget()) + " " + node.getFailureSummary())
							.collect(Collectors.joining("\n    ")))
				.collect(Collectors.joining("\n"));
			fail("axe found " + violations.size() + " violation(s) on " + what + " (" + page.url() + "):\n" + report);
		}
	}

	/**
	 * Brings opening dialogs and other transitions to their end state at once: axe
	 * measures the colours it sees, and a dialog still fading in has paler text than the
	 * one people read. Animations that never end (a spinner) are left running.
	 */
	static void finishAnimations(Page page) {
		page.evaluate("""
				() => document.getAnimations()
				  .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
				  .forEach(a => a.finish())""");
	}

	/** Nothing may need horizontal scrolling (WCAG 1.4.10 reflow). */
	static void assertNoHorizontalScrolling(Page page, String what) {
		Object overflow = page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (((Number) overflow).intValue() > 0) {
			Object culprits = page.evaluate(
					"""
							() => [...document.querySelectorAll('body *')]
							  .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
							  .slice(-5)
							  .map(el => el.tagName.toLowerCase() + '.' + el.className + ' "' + (el.innerText || '').trim().slice(0, 30)
							       + '" right=' + Math.round(el.getBoundingClientRect().right))""");
			fail("horizontal overflow of " + overflow + " px on " + what + ", widest elements: " + culprits);
		}
	}

	/**
	 * Nothing scrolls sideways in a narrow window either (WCAG 1.4.10): 320 px at 100 %
	 * text; at larger text the width that shows as much text per line (640 px at 200 %,
	 * as 400 % browser zoom of 1280 px would), then 320 px with the text at 100 %. The
	 * window is 1280 x 900 and the text size {@code textSize} afterwards.
	 */
	static void assertReflows(Page page, int textSize, String what) {
		int width = 320 * textSize / 100;
		page.setViewportSize(width, 640);
		assertNoHorizontalScrolling(page, what + " at " + width + " px");
		if (textSize != 100) {
			setTextSize(page, 100);
			page.setViewportSize(320, 640);
			assertNoHorizontalScrolling(page, what + " at 320 px with 100 % text");
			setTextSize(page, textSize);
		}
		page.setViewportSize(1280, 900);
	}

	/**
	 * Every control is at least {@code min} CSS px in both directions, except links
	 * inside running text (WCAG 2.5.8's inline exception).
	 */
	@SuppressWarnings("unchecked")
	static void assertTouchTargets(Page page, int min, String what) {
		List<Map<String, Object>> small = (List<Map<String, Object>>) page.evaluate(
				"""
						(min) => {
						  const selector = 'a[href], button, input, select, textarea, vaadin-button, vaadin-checkbox,'
						    + ' vaadin-text-field, vaadin-password-field, [role=button], [role=link], [tabindex="0"]';
						  const inline = el => el.tagName === 'A' && el.closest('p, li') && el.closest('p, li').textContent.trim() !== el.textContent.trim();
						  return [...document.querySelectorAll(selector)]
						    .filter(el => el.offsetParent !== null || el.getClientRects().length > 0)
						    .filter(el => !inline(el) && !el.classList.contains('skip-link'))
						  // the target of a checkbox or field is the whole Vaadin component, measured itself
						  .filter(el => !(el.tagName === 'INPUT' && el.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-password-field')))
						    .map(el => ({ el, r: el.getBoundingClientRect() }))
						    .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < min - 0.5 || r.height < min - 0.5))
						    .map(({ el, r }) => ({ tag: el.tagName.toLowerCase(), text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
						                          width: Math.round(r.width), height: Math.round(r.height) }));
						}""",
				min);
		assertThat(small).as("controls smaller than " + min + " px on " + what).isEmpty();
	}

	/**
	 * The page as it is and at 200 % text: accessible (axe), nothing to scroll sideways,
	 * every control at least {@code minTarget} px; screenshots {@code name} and
	 * {@code name-200}. The text size is back at 100 % afterwards.
	 */
	static void checkAtTwoTextSizes(Page page, String name, int minTarget) {
		assertAccessible(page, name);
		assertNoHorizontalScrolling(page, name);
		assertTouchTargets(page, minTarget, name);
		screenshot(page, name);
		setTextSize(page, 200);
		screenshot(page, name + "-200");
		assertNoHorizontalScrolling(page, name + " at 200 %");
		assertTouchTargets(page, minTarget, name + " at 200 %");
		setTextSize(page, 100);
	}

	/** The text size, as the display settings would set it (without leaving the page). */
	static void setTextSize(Page page, int percent) {
		page.evaluate("p => document.documentElement.setAttribute('data-text-size', String(p))", percent);
	}

	private static AxeRunOptions axeOptions() {
		AxeRunOnlyOptions only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(WCAG_TAGS);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(only);
		options.setResultTypes(List.of("violations"));
		return options;
	}

	/**
	 * Keeps a full-page picture of the page for people to look at, when the run asks for
	 * them ({@code -Dgo.screenshots=true}, see the README): encoding a tall page takes
	 * longer than checking it, and no assertion reads the pictures.
	 */
	static void screenshot(Page page, String name) {
		if (!Boolean.getBoolean("go.screenshots")) {
			return;
		}
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
