package de.norderstedt.go.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page of each layout (portal, kiosk, locker terminal) in every display the full
 * sweeps do not cover (see {@link PageSweep}).
 */
class EveryLayoutInEveryOtherDisplayEndToEndTest extends PageSweep {

	@ParameterizedTest(name = "{0}")
	@MethodSource("de.norderstedt.go.e2e.PageSweep#otherDisplays")
	void one_page_of_every_layout_passes_in_every_other_display(Display display) {
		oneLayoutPageEach(display);
	}

}
