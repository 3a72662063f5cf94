package de.norderstedt.go.accessibility.speech;

import java.util.Locale;

/**
 * Turns text into speech for one or more languages. Implementations must be thread-safe
 * and return a complete, valid RIFF/WAVE file (PCM) whose header sizes match its data.
 */
public interface SpeechEngine {

	/**
	 * A stable name of the voice, part of the cache key (e.g. "freetts-kevin16",
	 * "espeak-ng-de").
	 */
	String voice();

	/**
	 * Whether this engine speaks the language (only the language part of the locale
	 * counts).
	 */
	boolean supports(Locale language);

	/**
	 * Whether the engine can run on this machine (e.g. the espeak-ng binary is
	 * installed).
	 */
	boolean isAvailable();

	/** Synthesises the text; throws {@link SpeechException} when the engine fails. */
	byte[] synthesize(String text, SpeechRate rate);

}
