package de.norderstedt.go.shell.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations_de.properties} and {@code _en}. German is
 * the source language; a test keeps both files in step, so a missing key is a bug and
 * shows as such.
 */
@Component
public class TranslationProvider implements I18NProvider {

	static final String BUNDLE = "vaadin-i18n.translations";

	private static final List<Locale> LOCALES = List.of(Locale.GERMAN, Locale.ENGLISH);

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	/**
	 * Whether a text exists for the key (in German, the source language; a test keeps
	 * English in step).
	 */
	boolean has(String key) {
		return bundle(Locale.GERMAN).containsKey(key);
	}

	private static ResourceBundle bundle(Locale language) {
		return ResourceBundle.getBundle(BUNDLE, language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
		try {
			String pattern = bundle(language).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing UI text '{}' for {}", key, language);
			return "!" + key;
		}
	}

}
