package de.norderstedt.go.devices;

import java.nio.charset.StandardCharsets;

import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import java.util.Locale;

import de.norderstedt.go.accounts.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Opens a "continue on your phone" link on the phone. */
@RestController
class HandoffController {

	static final String PATH = "/weiter/";

	/** The page that explains why a link did not work. */
	static final String FAILED_PAGE = "/weitermachen";

	private final HandoffService handoffs;

	private final RateLimits rateLimits;

	HandoffController(HandoffService handoffs, RateLimits rateLimits) {
		this.handoffs = handoffs;
		this.rateLimits = rateLimits;
	}

	@GetMapping(PATH + "{token}")
	ResponseEntity<?> open(@PathVariable String token, HttpServletRequest request) {
		try {
			this.rateLimits.checkLookup(token);
		}
		catch (RateLimited refusal) {
			// a code lookup like any other: 429 with the wait, in words and for machines
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()))
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.body(refusal.text(request.getLocale()));
		}
		HandoffResult result = this.handoffs.redeem(token);
		HandoffResult.Failure failure = result.failure();
		String target = result.target();
		Language language = result.language();
		String location;
		if (failure != null || target == null || language == null) {
			location = FAILED_PAGE + "?grund="
					+ (failure != null ? failure : HandoffResult.Failure.UNKNOWN).name().toLowerCase(Locale.ROOT);
		}
		else {
			location = withLanguage(target, language);
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, request.getContextPath() + location)
			.cacheControl(CacheControl.noStore())
			.build();
	}

	/** Adds {@code sprache=} to the query of a path, before any fragment. */
	static String withLanguage(String target, Language language) {
		int hash = target.indexOf('#');
		String path = hash < 0 ? target : target.substring(0, hash);
		String fragment = hash < 0 ? "" : target.substring(hash);
		return path + (path.contains("?") ? "&" : "?") + "sprache=" + language.code() + fragment;
	}

}
