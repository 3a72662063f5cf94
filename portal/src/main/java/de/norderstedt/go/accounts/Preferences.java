package de.norderstedt.go.accounts;

import de.norderstedt.go.accessibility.speech.SpeechRate;

/**
 * How a person wants the platform to look and speak. Kept per account; anonymous visitors
 * keep theirs for the session only.
 *
 * @param language the language of texts and speech
 * @param textSize the text size step
 * @param highContrast black on white with 7:1 contrast
 * @param reducedMotion no animations or smooth scrolling
 * @param speechRate how fast texts are read aloud
 * @param simpleLanguage show the simple-language variant of a text where there is one
 * @param autoRead read each page aloud as soon as it opens
 */
public record Preferences(Language language, TextSize textSize, boolean highContrast, boolean reducedMotion,
		SpeechRate speechRate, boolean simpleLanguage, boolean autoRead) {

	public static final Preferences DEFAULT = new Preferences(Language.DE, TextSize.NORMAL, false, false,
			SpeechRate.NORMAL, false, false);

	public Preferences withLanguage(Language language) {
		return new Preferences(language, this.textSize, this.highContrast, this.reducedMotion, this.speechRate,
				this.simpleLanguage, this.autoRead);
	}

	public Preferences withTextSize(TextSize textSize) {
		return new Preferences(this.language, textSize, this.highContrast, this.reducedMotion, this.speechRate,
				this.simpleLanguage, this.autoRead);
	}

	public Preferences withHighContrast(boolean highContrast) {
		return new Preferences(this.language, this.textSize, highContrast, this.reducedMotion, this.speechRate,
				this.simpleLanguage, this.autoRead);
	}

	public Preferences withReducedMotion(boolean reducedMotion) {
		return new Preferences(this.language, this.textSize, this.highContrast, reducedMotion, this.speechRate,
				this.simpleLanguage, this.autoRead);
	}

	public Preferences withSpeechRate(SpeechRate speechRate) {
		return new Preferences(this.language, this.textSize, this.highContrast, this.reducedMotion, speechRate,
				this.simpleLanguage, this.autoRead);
	}

	public Preferences withSimpleLanguage(boolean simpleLanguage) {
		return new Preferences(this.language, this.textSize, this.highContrast, this.reducedMotion, this.speechRate,
				simpleLanguage, this.autoRead);
	}

	public Preferences withAutoRead(boolean autoRead) {
		return new Preferences(this.language, this.textSize, this.highContrast, this.reducedMotion, this.speechRate,
				this.simpleLanguage, autoRead);
	}

}
