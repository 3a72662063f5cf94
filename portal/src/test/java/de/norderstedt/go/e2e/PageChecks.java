package de.norderstedt.go.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
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
	private static final Map<String, Object> AXE_OPTIONS = Map.of("runOnly", Map.of("type", "tag", "values", WCAG_TAGS),
			"resultTypes", List.of("violations"));

	private static final String AXE_SCRIPT = axeScript();

	private PageChecks() {
	}

	/**
	 * axe-core with the WCAG 2.2 A/AA rules: any violation of any impact fails the test.
	 * axe runs in the page itself, put there once per document (a page Vaadin changes
	 * without loading keeps it); our pages have no frames. (Deque's {@code AxeBuilder}
	 * puts the 560 kB script into the page again for every scan and brings every result
	 * back to Java: four fifths of a scan's time. Here only the violations come back, as
	 * text.)
	 */
	static void assertAccessible(Page page, String what) {
		finishAnimations(page);
		if (Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'undefined'"))) {
			page.evaluate(AXE_SCRIPT);
		}
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate(
				"""
						async (options) => {
						  const results = await axe.run(document, options);
						  return results.violations.map(rule => '- ' + rule.id + ' (' + rule.impact + '): ' + rule.help + '\\n    '
						    + rule.nodes.map(node => JSON.stringify(node.target) + ' ' + node.failureSummary).join('\\n    '));
						}""",
				AXE_OPTIONS);
		if (!violations.isEmpty()) {
			fail("axe found " + violations.size() + " violation(s) on " + what + " (" + page.url() + "):\n"
					+ String.join("\n", violations));
		}
	}

	/**
	 * Brings opening dialogs and other transitions to their end state at once: axe
	 * measures the colours it sees, and a dialog still fading in has paler text than the
	 * one people read. Animations that never end (a spinner) are left running.
	 * <p>
	 * Chromium's {@code document.getAnimations()} returns only the animations of elements
	 * in the document's own tree, none inside a shadow root; each shadow root has its own
	 * {@code getAnimations()}. Vaadin's components animate inside theirs: a dialog's
	 * fade-in and backdrop, a field's label colour and background when it gets the focus.
	 * So every open shadow root is asked too. A select whose list just closed has its
	 * closing animation finished too, and its overlay is gone once the animation's end
	 * handler ran: axe once found the list box of a closing select (no name of its own).
	 */
	static void finishAnimations(Page page) {
		// two frames first: an overlay opened by the last action starts its animation
		// in the next one
		page.evaluate("""
				() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
				  const roots = [document];
				  for (let i = 0; i < roots.length; i++) {
				    roots[i].querySelectorAll('*').forEach(el => { if (el.shadowRoot) roots.push(el.shadowRoot); });
				  }
				  roots.flatMap(root => root.getAnimations())
				    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
				    .forEach(a => a.finish());
				  // a finished animation's end handlers run in a later task (a closing overlay
				  // hides itself there): one more frame before axe looks
				  requestAnimationFrame(() => setTimeout(done));
				})))""");
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
						  const selector = 'a[href], button, input, select, textarea, vaadin-button, vaadin-checkbox, vaadin-radio-button,'
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

	/** axe-core as Deque's Java binding ships it. */
	private static String axeScript() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (script == null) {
				throw new IllegalStateException("axe.min.js is missing from Deque's axe-core binding");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
