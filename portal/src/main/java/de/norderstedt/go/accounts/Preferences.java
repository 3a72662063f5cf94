package de.norderstedt.go.accounts;

/**
 * How a person wants the platform to look and speak. Kept per account; anonymous visitors
 * keep theirs for the session only.
 */
public record Preferences(Language language, TextSize textSize, boolean highContrast, boolean reducedMotion) {

	public static final Preferences DEFAULT = new Preferences(Language.DE, TextSize.NORMAL, false, false);

	public Preferences withLanguage(Language language) {
		return new Preferences(language, this.textSize, this.highContrast, this.reducedMotion);
	}

	public Preferences withTextSize(TextSize textSize) {
		return new Preferences(this.language, textSize, this.highContrast, this.reducedMotion);
	}

	public Preferences withHighContrast(boolean highContrast) {
		return new Preferences(this.language, this.textSize, highContrast, this.reducedMotion);
	}

	public Preferences withReducedMotion(boolean reducedMotion) {
		return new Preferences(this.language, this.textSize, this.highContrast, reducedMotion);
	}

}
