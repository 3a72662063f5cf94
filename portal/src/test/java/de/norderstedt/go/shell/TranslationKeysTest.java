package de.norderstedt.go.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in German and English, and every text the code asks for exists.
 */
class TranslationKeysTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-_A-Z]+)\"");

	@Test
	void every_key_exists_in_german_and_in_english() throws IOException {
		Set<String> german = keys("de");
		Set<String> english = keys("en");
		assertThat(difference(german, english)).as("keys only in German").isEmpty();
		assertThat(difference(english, german)).as("keys only in English").isEmpty();
	}

	@Test
	void no_text_is_empty() throws IOException {
		for (String language : new String[] { "de", "en" }) {
			Properties texts = load(language);
			for (String key : texts.stringPropertyNames()) {
				assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
			}
		}
	}

	@Test
	void every_literal_key_in_the_code_has_a_text() throws IOException {
		Set<String> known = keys("de");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					// a key ending in a dot is a prefix completed at run time; those keys
					// are checked where listed
					if (!matcher.group(1).endsWith(".")) {
						used.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(difference(used, known)).as("keys used in code but missing in the bundles").isEmpty();
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Set<String> keys(String language) throws IOException {
		return new TreeSet<>(load(language).stringPropertyNames());
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationKeysTest.class
			.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
			assertThat(in).as("bundle " + language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
