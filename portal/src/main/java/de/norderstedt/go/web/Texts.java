package de.norderstedt.go.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI texts in {@code vaadin-i18n/translations_de.properties} and {@code _en}, for
 * Vaadin views (through the I18NProvider) and for the few pages served without Vaadin.
 * German is the source language; a test keeps both files in step.
 */
public final class Texts {

	static final String BUNDLE = "vaadin-i18n.translations";

	private static final Logger log = LoggerFactory.getLogger(Texts.class);

	private Texts() {
	}

	/** German or English: the languages the platform speaks. */
	public static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
	}

	/** Whether a text exists for the key. */
	public static boolean has(String key) {
		return bundle(Locale.GERMAN).containsKey(key);
	}

	/**
	 * The text of a key in the locale's language, its arguments filled in; days and times
	 * among them are said as {@link CityTime} says them in that language ("3. Dezember
	 * 2026", "10:00 am").
	 */
	public static String get(String key, Locale locale, Object... params) {
		Locale language = supported(locale);
		try {
			String pattern = bundle(language).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(said(params, language));
		}
		catch (MissingResourceException ex) {
			log.warn("Missing UI text '{}' for {}", key, language);
			return "!" + key;
		}
	}

	/**
	 * An argument that is itself a UI text, said in the message's language (the name of a
	 * state, of a kind of thing).
	 */
	public record Key(String key) {
	}

	private static Object[] said(Object[] params, Locale language) {
		Object[] said = new Object[params.length];
		for (int i = 0; i < params.length; i++) {
			said[i] = switch (params[i]) {
				case LocalDate day -> CityTime.day(day, language);
				case LocalTime time -> CityTime.time(time, language);
				case Key key -> get(key.key(), language);
				case null -> "";
				case Object other -> other;
			};
		}
		return said;
	}

	private static ResourceBundle bundle(Locale language) {
		return ResourceBundle.getBundle(BUNDLE, language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
