package de.norderstedt.go.speech;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.accessibility.speech.Speech;
import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accessibility.speech.SpeechService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /speech?lang=de&rate=NORMAL&text=…} returns the text spoken as WAV. The same
 * request always yields the same audio, so browsers and proxies may keep it for a year.
 */
@RestController
class SpeechController {

	private static final long BUSY_WAIT_SECONDS = 10;

	private static final CacheControl CACHE = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

	private final SpeechService speech;

	// Synthesis costs CPU: a burst of requests for new texts waits its turn instead of
	// starving
	// the rest of the portal; cached audio is served without a permit.
	private final Semaphore synthesis;

	SpeechController(SpeechService speech, SpeechProperties properties) {
		this.speech = speech;
		this.synthesis = new Semaphore(properties.maxConcurrentSyntheses());
	}

	@GetMapping("/speech")
	ResponseEntity<byte[]> speak(@RequestParam String text, @RequestParam String lang,
			@RequestParam(defaultValue = "NORMAL") String rate, WebRequest request) throws InterruptedException {
		Optional<SpeechRate> speechRate = parseRate(rate);
		if (!("de".equals(lang) || "en".equals(lang)) || speechRate.isEmpty() || text.isBlank()
				|| text.strip().length() > SpeechService.MAX_TEXT_LENGTH) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(bytes("invalid speech request"));
		}
		Optional<Speech> spoken;
		if (!this.synthesis.tryAcquire(BUSY_WAIT_SECONDS, TimeUnit.SECONDS)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", "2")
				.contentType(MediaType.TEXT_PLAIN)
				.body(bytes("speech is busy"));
		}
		try {
			spoken = this.speech.speak(text, Locale.forLanguageTag(lang), speechRate.get());
		}
		finally {
			this.synthesis.release();
		}
		if (spoken.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body(bytes("no voice for " + lang));
		}
		Speech audio = spoken.get();
		String etag = "\"" + audio.key() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(audio.contentType()))
			.cacheControl(CACHE)
			.eTag(etag)
			.header("X-Speech-Cache", audio.fromCache() ? "hit" : "miss")
			.body(audio.audio());
	}

	private static Optional<SpeechRate> parseRate(String rate) {
		for (SpeechRate candidate : SpeechRate.values()) {
			if (candidate.name().equals(rate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
