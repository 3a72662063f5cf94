package de.norderstedt.go.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's pages for everyone, the kiosk's screens and the locker terminal's, in the
 * default and in the hardest display (see {@link PageSweep}).
 */
class EveryPageWithoutAnAccountEndToEndTest extends PageSweep {

	@ParameterizedTest(name = "{0}")
	@MethodSource("de.norderstedt.go.e2e.PageSweep#fullDisplays")
	void every_page_without_an_account_passes_in_the_default_and_in_the_hardest_display(Display display) {
		withoutAnAccount(display);
	}

}
