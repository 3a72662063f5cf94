package de.norderstedt.go.courses.ui;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * On the ticket of a person's own booking: whether she agrees that the course's trainers
 * see which tutorials she has done, on the day of the date. She gives or withdraws it
 * here; what changed is said in words in the live region, and only this section changes.
 */
final class ProgressConsentSection extends Section {

	private final BookingService bookings;

	private final String code;

	private boolean consent;

	private final H2 heading = new H2();

	private final Paragraph state = new Paragraph();

	private final Button change = new Button();

	private final LiveRegion done = LiveRegion.status();

	private final LiveRegion refused = LiveRegion.alert();

	ProgressConsentSection(BookingService bookings, Booking booking) {
		this.bookings = bookings;
		this.code = booking.code();
		this.consent = booking.progressConsent();
		addClassName("no-print");
		this.heading.setId("progress-consent-heading");
		getElement().setAttribute("aria-labelledby", "progress-consent-heading");
		this.state.setId("progress-consent-state");
		this.done.setId("progress-consent-done");
		this.change.addClickListener(e -> change());
		add(this.heading, this.state, this.change, this.done, this.refused);
	}

	/** Fills the texts in the page's language. */
	ProgressConsentSection texts() {
		this.heading.setText(getTranslation("courses.ticket.consent.heading"));
		this.state.setText(getTranslation(this.consent ? "courses.ticket.consent.yes" : "courses.ticket.consent.no"));
		this.change
			.setText(getTranslation(this.consent ? "courses.ticket.consent.withdraw" : "courses.ticket.consent.give"));
		return this;
	}

	private void change() {
		this.done.clear();
		this.refused.clear();
		try {
			this.consent = this.bookings.setProgressConsent(this.code, !this.consent).progressConsent();
			this.done.show(
					getTranslation(this.consent ? "courses.ticket.consent.given" : "courses.ticket.consent.withdrawn"));
		}
		catch (Refusal refusal) {
			this.refused.show(refusal.text(getLocale()));
		}
		texts();
	}

}
