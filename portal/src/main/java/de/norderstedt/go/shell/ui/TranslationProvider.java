package de.norderstedt.go.shell.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Texts;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Vaadin's access to {@link Texts}. */
@Component
public class TranslationProvider implements I18NProvider {

	private static final List<Locale> LOCALES = List.of(Locale.GERMAN, Locale.ENGLISH);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	boolean has(String key) {
		return Texts.has(key);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return Texts.get(key, locale, params);
	}

}
