package de.norderstedt.go.accessibility.speech;

/**
 * Synthesised audio.
 *
 * @param audio the complete audio file
 * @param contentType its media type, e.g. {@code audio/wav}
 * @param key a stable hash of text, language, voice and rate; usable as an HTTP ETag
 * @param fromCache whether the audio came from the cache without synthesising
 */
public record Speech(byte[] audio, String contentType, String key, boolean fromCache) {
}
