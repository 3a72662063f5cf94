package de.norderstedt.go.accessibility.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContrastRatioTest {

	@Test
	void black_on_white_is_21_to_1() {
		assertThat(ContrastRatio.of("#000000", "#ffffff")).isEqualTo(21.0);
		assertThat(ContrastRatio.of(0x000000, 0xFFFFFF)).isEqualTo(21.0);
	}

	@Test
	void the_same_colour_is_1_to_1() {
		assertThat(ContrastRatio.of("#767676", "#767676")).isEqualTo(1.0);
		assertThat(ContrastRatio.of("#fff", "#FFFFFF")).isEqualTo(1.0);
	}

	@Test
	void grey_777777_on_white_just_fails_aa_at_about_4_48() {
		// the value WebAIM's contrast checker and the WCAG understanding documents give
		double ratio = ContrastRatio.of("#ffffff", "#777777");

		assertThat(ratio).isCloseTo(4.48, within(0.005));
		assertThat(ratio).isLessThan(ContrastRatio.AA_TEXT);
	}

	@Test
	void grey_767676_on_white_just_passes_aa_at_about_4_54() {
		// the lightest grey that passes AA on white
		double ratio = ContrastRatio.of("#767676", "#ffffff");

		assertThat(ratio).isCloseTo(4.54, within(0.005));
		assertThat(ratio).isGreaterThanOrEqualTo(ContrastRatio.AA_TEXT);
	}

	@Test
	void the_order_of_the_colours_does_not_matter() {
		assertThat(ContrastRatio.of("#0b5394", "#fdf6e3")).isEqualTo(ContrastRatio.of("#fdf6e3", "#0b5394"));
		assertThat(ContrastRatio.of(0x336699, 0xEEEEEE)).isEqualTo(ContrastRatio.of(0xEEEEEE, 0x336699));
	}

	@Test
	void relative_luminance_runs_from_black_to_white_and_weights_green_most() {
		assertThat(ContrastRatio.relativeLuminance("#000")).isZero();
		assertThat(ContrastRatio.relativeLuminance("#fff")).isCloseTo(1.0, within(1e-12));
		// the WCAG coefficients of pure primaries
		assertThat(ContrastRatio.relativeLuminance("#ff0000")).isCloseTo(0.2126, within(1e-12));
		assertThat(ContrastRatio.relativeLuminance("#00ff00")).isCloseTo(0.7152, within(1e-12));
		assertThat(ContrastRatio.relativeLuminance("#0000ff")).isCloseTo(0.0722, within(1e-12));
		// dark channels are on the linear part of the sRGB curve: 10/255/12.92
		assertThat(ContrastRatio.relativeLuminance(0x0A0A0A)).isCloseTo(10 / 255.0 / 12.92, within(1e-12));
	}

	@Test
	void short_hex_doubles_each_digit_and_case_does_not_matter() {
		assertThat(ContrastRatio.parse("#abc")).isEqualTo(0xAABBCC);
		assertThat(ContrastRatio.parse("#A1b2C3")).isEqualTo(0xA1B2C3);
		assertThat(ContrastRatio.parse(" #000000 ")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "#", "000000", "#12", "#1234", "#12345", "#1234567", "#gggggg", "#12345g", "red",
			"#\u0661\u0662\u0663" })
	void anything_but_a_hex_colour_is_refused(String colour) {
		assertThatIllegalArgumentException().isThrownBy(() -> ContrastRatio.parse(colour))
			.withMessageContaining("#rgb or #rrggbb");
		assertThatIllegalArgumentException().isThrownBy(() -> ContrastRatio.of(colour, "#fff"));
	}

	@Test
	void an_int_with_alpha_or_a_negative_int_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContrastRatio.of(0xFF000000, 0xFFFFFF));
		assertThatIllegalArgumentException().isThrownBy(() -> ContrastRatio.of(0x000000, 0x1000000));
		assertThatIllegalArgumentException().isThrownBy(() -> ContrastRatio.relativeLuminance(-1));
	}

}
