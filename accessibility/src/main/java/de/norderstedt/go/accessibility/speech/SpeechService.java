package de.norderstedt.go.accessibility.speech;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the engine for a language and caches what it synthesised (keyed by text,
 * language, voice and rate; bounded in bytes, least recently used out first).
 * Thread-safe.
 */
public final class SpeechService {

	/** Longest text accepted in one request, in characters. */
	public static final int MAX_TEXT_LENGTH = 2_000;

	private final List<SpeechEngine> engines;

	private final SpeechCache cache;

	public SpeechService(List<SpeechEngine> engines, long maxCacheBytes) {
		this.engines = List.copyOf(engines);
		this.cache = new SpeechCache(maxCacheBytes);
	}

	/**
	 * FreeTTS for English and espeak-ng for German (when installed), in that order of
	 * preference.
	 */
	public static List<SpeechEngine> defaultEngines() {
		return List.of(new FreeTtsEngine(), new EspeakNgEngine());
	}

	/** Whether some available engine speaks this language. */
	public boolean canSpeak(Locale language) {
		return engineFor(language).isPresent();
	}

	/**
	 * Speech for the text in the language, from the cache when it was synthesised before.
	 * Empty when no available engine speaks the language. Text is trimmed; blank or
	 * longer than {@link #MAX_TEXT_LENGTH} is an {@link IllegalArgumentException}.
	 */
	public Optional<Speech> speak(String text, Locale language, SpeechRate rate) {
		return speak(text, language, rate, true);
	}

	/**
	 * Speech for a text that holds what a person typed: synthesised for this one request
	 * and never kept in the cache, which every visitor's requests share. Otherwise as
	 * {@link #speak}.
	 */
	public Optional<Speech> speakPrivately(String text, Locale language, SpeechRate rate) {
		return speak(text, language, rate, false);
	}

	private Optional<Speech> speak(String text, Locale language, SpeechRate rate, boolean cached) {
		// composed and decomposed "ä" must share one cache entry and sound the same
		String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
		if (normalized.isEmpty() || normalized.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException("text must have 1 to " + MAX_TEXT_LENGTH + " characters");
		}
		return engineFor(language).map(engine -> {
			String key = SpeechCache.key(normalized, language.getLanguage(), engine.voice(), rate);
			// callers get their own copy: writing into Speech.audio() must not change
			// what the cache serves to everybody else
			if (!cached) {
				return new Speech(engine.synthesize(normalized, rate), "audio/wav", key, false);
			}
			byte[] kept = this.cache.get(key);
			if (kept != null) {
				return new Speech(kept.clone(), "audio/wav", key, true);
			}
			byte[] audio = engine.synthesize(normalized, rate);
			this.cache.put(key, audio);
			return new Speech(audio.clone(), "audio/wav", key, false);
		});
	}

	/**
	 * Whether the cache holds speech of this text in this language at this rate (as
	 * {@link #speak} would find it).
	 */
	public boolean holds(String text, Locale language, SpeechRate rate) {
		String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
		Optional<SpeechEngine> engine = engineFor(language);
		return engine.isPresent() && this.cache
			.get(SpeechCache.key(normalized, language.getLanguage(), engine.get().voice(), rate)) != null;
	}

	/** Bytes of audio currently cached. */
	public long cachedBytes() {
		return this.cache.size();
	}

	private Optional<SpeechEngine> engineFor(Locale language) {
		return this.engines.stream().filter(e -> e.supports(language) && e.isAvailable()).findFirst();
	}

}
