package de.norderstedt.go.tutorials.ui;

import java.io.Serializable;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ui.CurrentPreferences;

import com.vaadin.flow.component.Component;

/**
 * The player's voice: says hints, praise and guidance at the kiosk, or when the learner
 * uses speech or asks for a step to be read, in the learner's language and speech rate.
 * Stays silent where no voice speaks the language.
 */
final class PlayerVoice implements Serializable {

	private final CurrentPreferences preferences;

	private final SpeechService speech;

	/** Where the browser plays what is said. */
	private final Component player;

	/** Whether sentences are spoken. */
	private boolean on;

	PlayerVoice(CurrentPreferences preferences, SpeechService speech, Component player, boolean kiosk) {
		this.preferences = preferences;
		this.speech = speech;
		this.player = player;
		this.on = kiosk || preferences.get().autoRead();
	}

	/** Speaks from now on: the learner asked for something to be read. */
	void turnOn() {
		this.on = true;
	}

	/** Says a sentence, if the voice is on. */
	void say(String sentence) {
		if (!this.on || sentence.isBlank()) {
			return;
		}
		Preferences current = this.preferences.get();
		if (!this.speech.canSpeak(current.language().locale())) {
			return;
		}
		this.player.getElement()
			.executeJs("window.goReadAloud && window.goReadAloud.say($0, {endpoint: 'speech', lang: $1, rate: $2})",
					sentence, current.language().code(), current.speechRate().name());
	}

}
