package de.norderstedt.go.accounts.ui;

import java.util.List;

import de.norderstedt.go.accounts.Preferences;

import com.vaadin.flow.component.Component;

/** Preferences in words, one line per setting ("Text size: 200 %"). */
public final class PreferenceTexts {

	private PreferenceTexts() {
	}

	public static List<String> lines(Preferences preferences, Component translator) {
		return List.of(
				translator.getTranslation("settings.language") + ": "
						+ translator.getTranslation("language." + preferences.language().code()),
				translator.getTranslation("settings.text-size") + ": " + preferences.textSize().percent() + " %",
				onOff(translator, "settings.high-contrast", preferences.highContrast()),
				onOff(translator, "settings.reduced-motion", preferences.reducedMotion()),
				onOff(translator, "settings.simple-language", preferences.simpleLanguage()),
				onOff(translator, "settings.auto-read", preferences.autoRead()),
				translator.getTranslation("settings.speech-rate") + ": " + translator
					.getTranslation("settings.speech-rate." + preferences.speechRate().name().toLowerCase()));
	}

	private static String onOff(Component translator, String key, boolean on) {
		return translator.getTranslation(key) + ": " + translator.getTranslation(on ? "settings.on" : "settings.off");
	}

}
