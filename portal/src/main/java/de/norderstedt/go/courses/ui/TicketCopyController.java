package de.norderstedt.go.courses.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Ticket;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.PlainPage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The copy of a ticket that the installed app keeps for use without a connection: the
 * ticket page as plain HTML with its QR code as a picture. Only for the signed-in
 * person's own bookings (anyone else's code is answered as unknown); never stored by the
 * server or a shared cache.
 */
@RestController
class TicketCopyController {

	/** A ticket is kept until a day after its date. */
	private static final Duration KEPT_AFTER_DATE = Duration.ofDays(1);

	private final BookingService bookings;

	private final AccountService accounts;

	private final Clock clock;

	TicketCopyController(BookingService bookings, AccountService accounts, Clock clock) {
		this.bookings = bookings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/app/kopie/ticket/{code}")
	ResponseEntity<String> copy(@PathVariable String code,
			@RequestParam(name = "sprache", defaultValue = "de") String language) {
		Locale locale = Texts.supported(Locale.forLanguageTag(language));
		return this.bookings.myTicket(code)
			.map(ticket -> PlainPage.copy(page(ticket, locale).html(), ticket.date().endsAt().plus(KEPT_AFTER_DATE)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private PlainPage page(Ticket ticket, Locale locale) {
		Booking booking = ticket.booking();
		Preferences preferences = this.accounts.currentPreferences().orElse(Preferences.DEFAULT);
		PlainPage page = PlainPage
			.of(Texts.get("app.copy.ticket-title", locale, ticket.date().title(),
					CityTime.longDay(ticket.date().startsAt(), locale)), locale)
			.textSize(preferences.textSize().percent())
			.highContrast(preferences.highContrast());
		Paragraph state = new Paragraph(CourseTexts.ticketState(ticket, locale));
		state.addClassName("ticket-state");
		page.add(new H1(Texts.get("courses.ticket.heading", locale)), state);
		Div card = new Div();
		card.addClassName("ticket");
		card.add(new H2(ticket.date().title()));
		if (booking.status() != BookingStatus.CANCELLED && !ticket.date().isCancelled()) {
			QrCodeImage qr = new QrCodeImage();
			qr.show(booking.code(), Texts.get("courses.ticket.qr-alt", locale, CourseTexts.code(booking.code())));
			card.add(qr);
		}
		Span code = new Span(CourseTexts.code(booking.code()));
		code.addClassName("ticket-code");
		card.add(new Paragraph(new Span(Texts.get("courses.ticket.code", locale) + ": "), code));
		if (!this.bookings.isForgotten(booking.code())) {
			card.add(new Paragraph(Texts.get("courses.ticket.for", locale, CourseTexts.shortName(booking.name()))));
		}
		card.add(new Paragraph(CourseTexts.when(ticket.date(), locale)));
		card.add(new Paragraph(ticket.place().name() + ", " + ticket.place().address()));
		card.add(new Paragraph(CourseTexts.access(ticket.place(), locale)));
		page.add(card, PlainPage.savedAt(this.clock.instant(), locale), PlainPage.home(locale));
		return page;
	}

}
