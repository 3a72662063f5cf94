package de.norderstedt.go.courses;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.web.Codes;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's date as an iCalendar file, for anyone with the booking code. A lookup counts
 * against the code lookup limit; over it, the answer is 429 with {@code Retry-After} and
 * the wait in words.
 */
@RestController
class TicketCalendarController {

	private final BookingService bookings;

	private final RateLimits rateLimits;

	TicketCalendarController(BookingService bookings, RateLimits rateLimits) {
		this.bookings = bookings;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/ticket/{code}/kalender.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String code, Locale locale) {
		try {
			this.rateLimits.checkLookup(code);
		}
		catch (RateLimited refusal) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()))
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(refusal.text(locale).getBytes(StandardCharsets.UTF_8));
		}
		return this.bookings.calendar(code, locale)
			.map(ics -> ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("kurs-" + Codes.normal(code) + ".ics")
							.build()
							.toString())
				.body(ics.getBytes(StandardCharsets.UTF_8)))
			.orElse(ResponseEntity.notFound().build());
	}

}
