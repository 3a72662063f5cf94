package de.norderstedt.go.content;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A text in German and English. Both are required in shipped content; the loader keeps
 * missing ones as {@code null} so that the validator can name them.
 *
 * @param de the German text (the source language)
 * @param en the English text
 */
public record Text(@Nullable String de, @Nullable String en) {

	/** The text in the language of the locale: English for "en", German otherwise. */
	public String in(Locale locale) {
		String text = "en".equals(locale.getLanguage()) ? this.en : this.de;
		return text == null ? "" : text.strip();
	}

	/**
	 * The text in the language of the locale, or an empty string when there is no text:
	 * like a missing language, a missing text shows as nothing (validation keeps both out
	 * of shipped content).
	 */
	public static String in(@Nullable Text text, Locale locale) {
		return text == null ? "" : text.in(locale);
	}

	/** The text in a language, or null when missing or blank. */
	@Nullable String get(String language) {
		String text = "en".equals(language) ? this.en : this.de;
		return text == null || text.isBlank() ? null : text;
	}

}
