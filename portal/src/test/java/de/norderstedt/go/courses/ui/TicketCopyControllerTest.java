package de.norderstedt.go.courses.ui;

import java.time.Duration;
import java.time.Instant;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.web.ui.PlainPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy of a ticket the installed app keeps: a plain page with the QR code as a
 * picture, for the person who booked it alone, kept until the day after the date and by
 * no cache but hers.
 */
@SpringBootTest
class TicketCopyControllerTest {

	@Autowired
	TicketCopyController copies;

	@Autowired
	BookingService bookings;

	@Autowired
	TestCourses courses;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void her_own_ticket_is_a_plain_page_with_its_qr_code_and_nobody_else_gets_it() {
		long date = this.courses.dateWithCapacity(4);
		this.accounts.ensure("copy-owner", Role.RESIDENT);
		this.accounts.ensure("copy-other", Role.RESIDENT);
		this.accounts.signIn("copy-owner");
		Booking booking = this.bookings.book(new BookingRequest(date, "Helga Hansen", null, null, true));
		Instant ends = this.bookings.ticket(booking.code()).orElseThrow().date().endsAt();

		ResponseEntity<String> copy = this.copies.copy(booking.code(), "de");
		assertThat(copy.getStatusCode().value()).isEqualTo(200);
		assertThat(copy.getHeaders().getCacheControl()).contains("no-store").contains("private");
		assertThat(copy.getHeaders().getFirst(PlainPage.KEPT_UNTIL))
			.isEqualTo(ends.plus(Duration.ofDays(1)).toString());
		String html = copy.getBody();
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<h1>Ihr Ticket</h1>")
			.contains("src=\"data:image/svg+xml;base64,")
			.contains("alt=\"QR-Code des Tickets mit dem Buchungscode " + CourseTexts.code(booking.code()) + "\"")
			.contains(CourseTexts.code(booking.code()))
			.contains("Gespeichert am ")
			.contains("Helga H.")
			.doesNotContain("<script");
		assertThat(this.copies.copy(booking.code(), "en").getBody()).contains("<h1>Your ticket</h1>");

		this.accounts.signIn("copy-other");
		assertThat(this.copies.copy(booking.code(), "de").getStatusCode().value()).isEqualTo(404);
		this.accounts.signOut();
		assertThat(this.copies.copy(booking.code(), "de").getStatusCode().value()).isEqualTo(404);
	}

}
