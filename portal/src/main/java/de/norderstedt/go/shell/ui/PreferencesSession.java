package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ui.CurrentPreferences;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import org.jsoup.nodes.Element;

/**
 * The preferences in effect for the current person: stored with the account when signed
 * in, kept in the session otherwise. Applying them changes the page at once, without a
 * reload.
 */
@org.springframework.stereotype.Component
public class PreferencesSession {

	private static final String ATTRIBUTE = CurrentPreferences.ATTRIBUTE;

	private final AccountService accounts;

	private final CurrentPreferences currentPreferences;

	private final TranslationProvider translations;

	PreferencesSession(AccountService accounts, CurrentPreferences currentPreferences,
			TranslationProvider translations) {
		this.accounts = accounts;
		this.currentPreferences = currentPreferences;
		this.translations = translations;
	}

	public Preferences current() {
		return this.currentPreferences.get();
	}

	/**
	 * Keeps the new preferences and applies them to the page the person is looking at.
	 */
	public void update(Preferences preferences) {
		boolean languageChanged = current().language() != preferences.language();
		keep(preferences);
		UI ui = UI.getCurrent();
		if (ui != null) {
			apply(ui, preferences);
			// A new language re-renders every text through the locale change; any other
			// change
			// may alter texts too (simple language, the settings summary on "My
			// account").
			if (!languageChanged) {
				refreshTexts(ui);
			}
		}
	}

	/**
	 * Keeps the language for the session before any UI exists (the first request of a
	 * link that chose a language); the page is rendered in it right away.
	 */
	void keepLanguage(Language language) {
		keep(current().withLanguage(language));
	}

	/** Stores the preferences in the session, and with the account when signed in. */
	private void keep(Preferences preferences) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(ATTRIBUTE, preferences);
		}
		this.accounts.saveCurrentPreferences(preferences);
	}

	/**
	 * The text of a key, or of its simple-language variant ({@code key.simple}) when the
	 * person asked for simple language and there is one.
	 */
	public String text(Component component, String key) {
		if (current().simpleLanguage()) {
			String simpleKey = key + ".simple";
			if (this.translations.has(simpleKey)) {
				return component.getTranslation(simpleKey);
			}
		}
		return component.getTranslation(key);
	}

	/** Lets every component set its texts again, as after a language switch. */
	private static void refreshTexts(UI ui) {
		LocaleChangeEvent event = new LocaleChangeEvent(ui, ui.getLocale());
		refreshTexts(ui, event);
	}

	private static void refreshTexts(Component component, LocaleChangeEvent event) {
		if (component instanceof LocaleChangeObserver observer) {
			observer.localeChange(event);
		}
		component.getChildren().forEach(child -> refreshTexts(child, event));
	}

	static void apply(UI ui, Preferences preferences) {
		ui.getElement()
			.executeJs("""
					const html = document.documentElement;
					html.lang = $0;
					html.dataset.textSize = $1;
					html.dataset.contrast = $2;
					html.dataset.motion = $3;""", preferences.language().code(),
					String.valueOf(preferences.textSize().percent()), contrast(preferences), motion(preferences));
		if (!preferences.language().locale().equals(ui.getLocale())) {
			ui.setLocale(preferences.language().locale());
		}
	}

	/**
	 * The same attributes on the first HTML response, so the page never flashes in the
	 * wrong style.
	 */
	static void apply(Element html, Preferences preferences) {
		html.attr("lang", preferences.language().code());
		html.attr("data-text-size", String.valueOf(preferences.textSize().percent()));
		html.attr("data-contrast", contrast(preferences));
		html.attr("data-motion", motion(preferences));
	}

	private static String contrast(Preferences preferences) {
		return preferences.highContrast() ? "high" : "normal";
	}

	private static String motion(Preferences preferences) {
		return preferences.reducedMotion() ? "reduce" : "normal";
	}

}
