package de.norderstedt.go.accessibility.speech;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Synthesised audio by key, bounded by the total bytes of audio, least recently used out
 * first. Stores and returns the arrays it is given without copying; {@link SpeechService}
 * copies at its boundary. Thread-safe: one lock around a small map; every operation is
 * O(1) apart from evictions, so contention stays far below the cost of synthesising.
 */
final class SpeechCache {

	/**
	 * Bumped when the key format changes, so old keys (also used as ETags) never match
	 * new audio.
	 */
	private static final String KEY_VERSION = "speech-v1";

	private final long maxBytes;

	// access order: iteration starts at the least recently used entry
	private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long size;

	SpeechCache(long maxBytes) {
		if (maxBytes < 0) {
			throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	/**
	 * Hex SHA-256 of the parts. Each part is prefixed with its length, so no text can
	 * make two different combinations of parts hash the same input.
	 */
	static String key(String text, String language, String voice, SpeechRate rate) {
		StringBuilder input = new StringBuilder(text.length() + 64).append(KEY_VERSION);
		for (String part : new String[] { text, language, voice, rate.name() }) {
			input.append('|').append(part.length()).append(':').append(part);
		}
		return HexFormat.of().formatHex(sha256().digest(input.toString().getBytes(StandardCharsets.UTF_8)));
	}

	synchronized byte @Nullable [] get(String key) {
		return this.entries.get(key);
	}

	/**
	 * Caches the audio unless it alone is larger than the bound, evicting the least
	 * recently used.
	 */
	synchronized void put(String key, byte[] audio) {
		byte[] previous = this.entries.remove(key);
		if (previous != null) {
			this.size -= previous.length;
		}
		if (audio.length > this.maxBytes) {
			return;
		}
		this.entries.put(key, audio);
		this.size += audio.length;
		Iterator<Map.Entry<String, byte[]>> eldest = this.entries.entrySet().iterator();
		while (this.size > this.maxBytes) {
			this.size -= eldest.next().getValue().length;
			eldest.remove();
		}
	}

	/** Bytes of audio currently held. */
	synchronized long size() {
		return this.size;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform must provide SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
