package de.norderstedt.go.accounts;

import java.util.Locale;

/** The languages the platform speaks; German is the source language. */
public enum Language {

	DE(Locale.GERMAN), EN(Locale.ENGLISH);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public String code() {
		return this.locale.getLanguage();
	}

	/** The language for a locale, German for any locale the platform does not speak. */
	public static Language of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? EN : DE;
	}

	public static Language ofCode(String code) {
		return "en".equals(code) ? EN : DE;
	}

}
