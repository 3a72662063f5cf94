package de.norderstedt.go.courses.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.qr.ui.QrCodeImage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The last kiosk booking screen: the ticket with its QR code and its code to read out,
 * printing, the ticket on a phone, and the end of the visit.
 */
final class KioskTicket {

	private KioskTicket() {
	}

	static void show(BookingFlowPort.Screen screen, BookingFlow.Booked booked) {
		Component view = screen.view();
		Locale locale = screen.locale();
		Booking booking = booked.booking();
		screen.heading(result(booking, view));
		screen.help(view.getTranslation(booking.status() == BookingStatus.WAITING ? "kiosk.courses.done.waiting.help"
				: "kiosk.courses.done.confirmed.help"));

		H2 title = new H2(booked.date().title());
		title.setId("kiosk-ticket-title");
		Paragraph when = new Paragraph(CourseTexts.when(booked.date(), locale));
		Paragraph where = new Paragraph(booked.course().place().name() + ", " + booked.course().place().address());
		QrCodeImage qr = new QrCodeImage();
		qr.addClassName("kiosk-ticket-qr");
		qr.show(booking.code(), view.getTranslation("kiosk.courses.ticket.qr", CourseTexts.code(booking.code())));
		Paragraph codeLabel = new Paragraph(view.getTranslation("kiosk.courses.ticket.code"));
		codeLabel.addClassName("kiosk-ticket-code-label");
		Paragraph code = new Paragraph(CourseTexts.code(booking.code()));
		code.setId("kiosk-ticket-code");
		code.addClassName("kiosk-ticket-code");
		// read out letter by letter, not as a word
		code.getElement().setAttribute("data-read", spelled(booking.code()));
		Paragraph status = new Paragraph(CourseTexts.status(booking, locale));
		status.addClassName("kiosk-ticket-status");
		Section ticket = new Section(title, when, where, qr, codeLabel, code, status);
		if (booking.recipientId() == null) {
			// whether anything will tell the guest of a change
			ticket.add(new Paragraph(view.getTranslation(
					booking.toldByEmail() ? "courses.ticket.email-messages" : "courses.ticket.no-messages")));
		}
		ticket.addClassName("kiosk-ticket");
		ticket.getElement().setAttribute("aria-labelledby", "kiosk-ticket-title");

		Button print = new Button(view.getTranslation("kiosk.courses.ticket.print"));
		// printing needs the tap itself, not a round trip to the server
		print.getElement().executeJs("this.addEventListener('click', () => window.print())");
		Button toPhone = new Button(view.getTranslation("kiosk.courses.ticket.phone"),
				e -> screen.host().continueOnPhone());
		Div ticketActions = new Div(print, toPhone);
		ticketActions.addClassName("kiosk-actions");
		Paragraph finishHelp = new Paragraph(view.getTranslation("kiosk.courses.ticket.done.help"));
		Button finish = new Button(view.getTranslation("kiosk.courses.ticket.done"), e -> screen.host().finishVisit());
		finish.addThemeName("primary");
		Div finishActions = new Div(finish);
		finishActions.addClassName("kiosk-actions");
		screen.add(ticket, ticketActions, finishHelp, finishActions);
	}

	/** "Sie sind angemeldet." or "Sie stehen auf der Warteliste, Platz 2." */
	static String result(Booking booking, Component view) {
		return booking.status() == BookingStatus.WAITING
				? view.getTranslation("kiosk.courses.done.waiting", booking.waitingPosition())
				: view.getTranslation("kiosk.courses.done.confirmed");
	}

	/** "K 7 M X, 3 P Q A": a code said letter by letter, in its two groups. */
	static String spelled(String code) {
		return CourseTexts.code(code)
			.chars()
			.mapToObj(c -> c == ' ' ? "," : String.valueOf((char) c))
			.collect(Collectors.joining(" "))
			.replace(" ,", ",");
	}

}
