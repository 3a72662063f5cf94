package de.norderstedt.go.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page behind a sign-in (each role's), in the default and in the hardest display
 * (see {@link PageSweep}).
 */
class EveryPageBehindASignInEndToEndTest extends PageSweep {

	@ParameterizedTest(name = "{0}")
	@MethodSource("de.norderstedt.go.e2e.PageSweep#fullDisplays")
	void every_page_behind_a_sign_in_passes_in_the_default_and_in_the_hardest_display(Display display) {
		behindASignIn(display);
	}

}
