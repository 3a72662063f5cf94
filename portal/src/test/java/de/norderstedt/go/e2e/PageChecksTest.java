package de.norderstedt.go.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every page must pass fail when they should: a test of the tests, on pages
 * written here (no portal needed).
 */
class PageChecksTest {

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void openBrowser() {
		this.context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		this.context.close();
	}

	@Test
	void axe_finds_a_button_without_a_name_and_pale_text_inside_a_components_shadow_root() {
		this.page.setContent("""
				<html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1>
				<button></button><div id="host"></div></main>
				<script>document.getElementById('host').attachShadow({mode: 'open'}).innerHTML =
				  '<p style="color:#bbb;background:#fff">Kaum zu lesen</p>';</script></body></html>""");
		assertThatThrownBy(() -> PageChecks.assertAccessible(this.page, "probe")).hasMessageContaining("button-name")
			.hasMessageContaining("color-contrast");
	}

	@Test
	void a_transition_is_checked_in_its_end_state_not_while_it_still_fades_in() {
		this.page.setContent(page("#000000", "opacity 60s"));
		assertThatCode(() -> PageChecks.assertAccessible(this.page, "fading in to black")).doesNotThrowAnyException();
		this.page.setContent(page("#c8c8c8", "opacity 60s"));
		assertThatThrownBy(() -> PageChecks.assertAccessible(this.page, "fading in to pale grey"))
			.hasMessageContaining("color-contrast");
	}

	/**
	 * Vaadin's dialogs fade in inside their shadow roots, whose animations Chromium's
	 * {@code document.getAnimations()} leaves out.
	 */
	@Test
	void an_animation_inside_a_shadow_root_is_checked_in_its_end_state() {
		this.page.setContent("""
				<html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1><div id="host"></div></main>
				<script>document.getElementById('host').attachShadow({mode: 'open'}).innerHTML =
				  '<style>@keyframes enter { from { opacity: 0.1; } } p { animation: enter 60s both; }</style>'
				  + '<p style="color:#000;background:#fff">Text, der erscheint</p>';</script></body></html>""");
		assertThatCode(() -> PageChecks.assertAccessible(this.page, "fading in inside a shadow root"))
			.doesNotThrowAnyException();
	}

	@Test
	void small_targets_and_sideways_scrolling_are_found() {
		this.page.setContent(
				"""
						<html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1>
						<button style="width:30px;height:30px">X</button><div style="width:2000px">breit</div></main></body></html>""");
		assertThatThrownBy(() -> PageChecks.assertTouchTargets(this.page, 48, "probe")).hasMessageContaining("30");
		assertThatThrownBy(() -> PageChecks.assertNoHorizontalScrolling(this.page, "probe"))
			.hasMessageContaining("horizontal overflow");
	}

	/** A page whose text fades in from nothing to the given colour. */
	private static String page(String colour, String transition) {
		return """
				<html lang="de"><head><title>Probe</title><style>
				p { color: %s; background: #fff; transition: %s; }
				p.hidden { opacity: 0.1; }
				</style></head><body><main><h1>Probe</h1><p class="hidden">Text, der erscheint</p></main>
				<script>requestAnimationFrame(() => requestAnimationFrame(() =>
				  document.querySelector('p').classList.remove('hidden')));</script></body></html>""".formatted(colour,
				transition);
	}

}
