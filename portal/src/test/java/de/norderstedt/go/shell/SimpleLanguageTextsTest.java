package de.norderstedt.go.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import de.norderstedt.go.accessibility.checks.Readability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simple-language variant ({@code key.simple}) must really be simple: Flesch reading
 * ease (after Amstad for German) of at least 70, "easy", and easier than the text it
 * replaces.
 */
class SimpleLanguageTextsTest {

	private static final double EASY = 70;

	@ParameterizedTest
	@ValueSource(strings = { "de", "en" })
	void every_simple_variant_is_easy_to_read_and_easier_than_the_original(String language) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Locale locale = Locale.forLanguageTag(language);
		int checked = 0;
		for (String key : texts.stringPropertyNames()) {
			if (!key.endsWith(".simple")) {
				continue;
			}
			String simple = texts.getProperty(key);
			String original = texts.getProperty(key.substring(0, key.length() - ".simple".length()));
			assertThat(original).as("the text %s simplifies", key).isNotNull();
			double simpleScore = Readability.of(simple, locale).score();
			assertThat(simpleScore).as("%s (%s): %s", key, language, simple).isGreaterThanOrEqualTo(EASY);
			assertThat(simpleScore).as("%s is easier than the original", key)
				.isGreaterThan(Readability.of(original, locale).score());
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
	}

}
