package de.norderstedt.go.speech;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.accessibility.speech.Speech;
import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accessibility.speech.SpeechService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /speech} with {@code {"text": …, "lang": "de", "rate": "NORMAL"}} returns
 * the text spoken as WAV. The text travels in the body, never in an address (addresses
 * end up in logs and histories). Only the platform's own texts ({@link FixedTexts}) are
 * kept in the server's cache; anything else, which may be what a person typed or a
 * booking code, is synthesised for this request only. No response may be stored by a
 * browser or proxy, and nothing tells whether a text was spoken before.
 * <p>
 * Not guarded by a CSRF token (the kiosk's welcome screen has no session to hold one):
 * the body must be JSON, which no other site can send without the CORS permission this
 * portal never grants, the request must come from the portal's own pages where the
 * browser says so ({@code Sec-Fetch-Site}, {@code Origin}), and speaking changes nothing.
 */
@RestController
class SpeechController {

	private static final long BUSY_WAIT_SECONDS = 10;

	private final SpeechService speech;

	private final FixedTexts fixed;

	// Synthesis costs CPU: a burst of requests for new texts waits its turn instead of
	// starving the rest of the portal; cached audio is served without a permit.
	private final Semaphore synthesis;

	SpeechController(SpeechService speech, FixedTexts fixed, SpeechProperties properties) {
		this.speech = speech;
		this.fixed = fixed;
		this.synthesis = new Semaphore(properties.maxConcurrentSyntheses());
	}

	/** What to say: the text, the language ("de", "en") and the rate. */
	record SpeechRequest(@Nullable String text, @Nullable String lang, @Nullable String rate) {
	}

	/** Texts never go into a query: a GET is refused, whatever it asks. */
	@GetMapping("/speech")
	ResponseEntity<byte[]> refuseGet() {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.allow(HttpMethod.POST)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.TEXT_PLAIN)
			.body(bytes("send the text in a POST body"));
	}

	@PostMapping(path = "/speech", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> speak(@RequestBody SpeechRequest body, HttpServletRequest request)
			throws InterruptedException {
		if (!sameOrigin(request)) {
			return plain(HttpStatus.FORBIDDEN, "speech is for the portal's own pages");
		}
		String text = body.text() == null ? "" : body.text();
		String lang = body.lang();
		Optional<SpeechRate> speechRate = parseRate(body.rate() == null ? "NORMAL" : body.rate());
		if (!("de".equals(lang) || "en".equals(lang)) || speechRate.isEmpty() || text.isBlank()
				|| text.strip().length() > SpeechService.MAX_TEXT_LENGTH) {
			return plain(HttpStatus.BAD_REQUEST, "invalid speech request");
		}
		Locale language = Locale.forLanguageTag(lang);
		Optional<Speech> spoken;
		if (!this.synthesis.tryAcquire(BUSY_WAIT_SECONDS, TimeUnit.SECONDS)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "2")
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.TEXT_PLAIN)
				.body(bytes("speech is busy"));
		}
		try {
			spoken = this.fixed.contains(text) ? this.speech.speak(text, language, speechRate.get())
					: this.speech.speakPrivately(text, language, speechRate.get());
		}
		finally {
			this.synthesis.release();
		}
		if (spoken.isEmpty()) {
			return plain(HttpStatus.NOT_FOUND, "no voice for " + lang);
		}
		Speech audio = spoken.get();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(audio.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(audio.audio());
	}

	/**
	 * False when the browser says the request comes from another site. Browsers send
	 * {@code Sec-Fetch-Site} (and {@code Origin} on every POST); a client that sends
	 * neither is no browser a page of another site could use.
	 */
	private static boolean sameOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return "same-origin".equals(site);
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return true;
		}
		int defaultPort = "https".equals(request.getScheme()) ? 443 : 80;
		String own = request.getScheme() + "://" + request.getServerName()
				+ (request.getServerPort() == defaultPort ? "" : ":" + request.getServerPort());
		return own.equalsIgnoreCase(origin);
	}

	private static ResponseEntity<byte[]> plain(HttpStatus status, String text) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.TEXT_PLAIN)
			.body(bytes(text));
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
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
