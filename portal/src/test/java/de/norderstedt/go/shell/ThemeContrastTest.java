package de.norderstedt.go.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.accessibility.checks.ContrastRatio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colour pairs of both themes, read from go.css: text at least 4.5:1 in the normal
 * theme and 7:1 in high contrast; the focus ring and the practice ring at least 3:1
 * against the page (WCAG 1.4.11).
 */
class ThemeContrastTest {

	private static final Path CSS = Path.of("src/main/resources/META-INF/resources/styles/go.css");

	/** foreground, background: pairs that are text on a surface somewhere in the UI. */
	private static final List<String[]> TEXT_PAIRS = List.of(new String[] { "--go-text", "--go-background" },
			new String[] { "--go-text-secondary", "--go-background" }, new String[] { "--go-text", "--go-surface" },
			new String[] { "--go-link", "--go-background" }, new String[] { "--go-link", "--go-surface" },
			new String[] { "--go-accent", "--go-background" }, new String[] { "--go-accent-contrast", "--go-accent" },
			new String[] { "--go-header-text", "--go-header-background" },
			new String[] { "--go-error", "--go-background" });

	@ParameterizedTest
	@ValueSource(strings = { "normal", "high" })
	void every_text_colour_pair_meets_its_contrast_ratio(String theme) throws IOException {
		Map<String, String> colours = colours(theme);
		double required = theme.equals("high") ? ContrastRatio.AAA_TEXT : ContrastRatio.AA_TEXT;
		for (String[] pair : TEXT_PAIRS) {
			double ratio = ContrastRatio.of(colour(colours, pair[0]), colour(colours, pair[1]));
			assertThat(ratio).as("%s on %s in the %s theme", pair[0], pair[1], theme).isGreaterThanOrEqualTo(required);
		}
		assertThat(ContrastRatio.of(colour(colours, "--go-focus"), colour(colours, "--go-background")))
			.as("focus ring in the %s theme", theme)
			.isGreaterThanOrEqualTo(3.0);
		assertThat(ContrastRatio.of(colour(colours, "--go-practice"), colour(colours, "--go-background")))
			.as("practice ring in the %s theme", theme)
			.isGreaterThanOrEqualTo(3.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "normal", "high" })
	void the_read_aloud_marker_keeps_text_readable(String theme) {
		assertThat(ContrastRatio.of("#000000", "#fff3a8")).isGreaterThanOrEqualTo(ContrastRatio.AAA_TEXT);
	}

	/**
	 * The normal theme's variables, with the high-contrast block's overrides for "high".
	 */
	private static String colour(Map<String, String> colours, String property) {
		return Objects.requireNonNull(colours.get(property), () -> property + " is not set");
	}

	private static Map<String, String> colours(String theme) throws IOException {
		String css = Files.readString(CSS);
		Map<String, String> colours = new HashMap<>(variables(block(css, "html {")));
		if (theme.equals("high")) {
			colours.putAll(variables(block(css, "html[data-contrast=\"high\"] {")));
		}
		assertThat(colours).containsKeys("--go-text", "--go-background", "--go-focus");
		return colours;
	}

	private static String block(String css, String selector) {
		int start = css.indexOf(selector);
		assertThat(start).as("block " + selector).isNotNegative();
		return css.substring(start, css.indexOf('}', start));
	}

	private static Map<String, String> variables(String block) {
		Map<String, String> variables = new HashMap<>();
		Matcher matcher = Pattern.compile("(--go-[a-z-]+):\\s*(#[0-9a-fA-F]{3,6})\\s*;").matcher(block);
		while (matcher.find()) {
			variables.put(matcher.group(1), matcher.group(2));
		}
		return variables;
	}

}
