package de.norderstedt.go.web;

import java.text.MessageFormat;
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

	public static String get(String key, Locale locale, Object... params) {
		Locale language = supported(locale);
		try {
			String pattern = bundle(language).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing UI text '{}' for {}", key, language);
			return "!" + key;
		}
	}

	private static ResourceBundle bundle(Locale language) {
		return ResourceBundle.getBundle(BUNDLE, language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
