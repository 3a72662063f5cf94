package de.norderstedt.go.accessibility.speech;

/** How fast the platform speaks; people choose it in their preferences. */
public enum SpeechRate {

	SLOW(0.75), NORMAL(1.0), FAST(1.3);

	private final double factor;

	SpeechRate(double factor) {
		this.factor = factor;
	}

	/** Relative to the engine's normal speed: below 1 is slower. */
	public double factor() {
		return this.factor;
	}

}
