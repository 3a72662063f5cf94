package de.norderstedt.go.courses;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.norderstedt.go.web.Codes;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's date as an iCalendar file, for anyone with the booking code. */
@RestController
class TicketCalendarController {

	private final BookingService bookings;

	TicketCalendarController(BookingService bookings) {
		this.bookings = bookings;
	}

	@GetMapping("/ticket/{code}/kalender.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String code, Locale locale) {
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
