package de.norderstedt.go.notifications.ui;

import java.util.Locale;

import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.web.Texts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a device is listed by is shortened visibly, never cut without a trace. */
class PushDeviceLabelTest {

	@Test
	void a_short_name_stays_as_the_browser_reported_it() {
		assertThat(PushDeviceSection.shorten(" Firefox ")).isEqualTo("Firefox");
	}

	@Test
	void a_long_name_visibly_ends_in_an_ellipsis_and_any_label_fits_what_the_service_takes() {
		String shortened = PushDeviceSection.shorten("Chromium " + "x".repeat(200));
		assertThat(shortened).hasSize(PushDeviceSection.NAME_LENGTH).endsWith("…");
		String longest = "y".repeat(PushDeviceSection.NAME_LENGTH);
		for (Locale language : new Locale[] { Locale.GERMAN, Locale.ENGLISH }) {
			assertThat(Texts.get("notifications.push.device.label", language, longest, longest))
				.hasSizeLessThanOrEqualTo(PushDevices.MAX_LABEL);
		}
	}

	@Test
	void characters_nobody_can_see_are_left_out() {
		assertThat(PushDeviceSection.shorten("Safari\u200B\u202E")).isEqualTo("Safari");
	}

}
