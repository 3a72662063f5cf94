package de.norderstedt.go.courses.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.Ticket;
import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * For anyone with a booking code: open the ticket, where the booking can also be
 * cancelled. No account needed.
 */
@Route("buchung")
@AnonymousAllowed
public class FindBookingView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final BookingService bookings;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final TextField code = new TextField();

	private final LiveRegion error = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.error);

	private final Button open = new Button();

	private final RateLimits rateLimits;

	FindBookingView(BookingService bookings, RateLimits rateLimits) {
		this.bookings = bookings;
		this.rateLimits = rateLimits;
		addClassName("page");
		this.code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
		this.code.getElement().setAttribute("autocapitalize", "characters");
		this.code.getElement().setAttribute("spellcheck", "false");
		this.refusals.field("code", this.code);
		this.open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.open.addClickListener(e -> find());
		this.open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		Div form = new Div(this.code, this.error, this.open);
		form.addClassName("form");
		add(this.heading, this.intro, form);
	}

	private void find() {
		try {
			this.rateLimits.checkLookup(this.code.getValue());
		}
		catch (RateLimited refusal) {
			// said at the field, like any other answer to what was typed
			this.refusals.show(refusal.at("code"));
			return;
		}
		Ticket ticket = this.bookings.ticket(this.code.getValue()).orElse(null);
		if (ticket == null) {
			this.refusals.show(Refusal.at("code", "courses.error.code-unknown"));
			return;
		}
		getUI().ifPresent(ui -> TicketView.lookedUp(ui, ticket.booking().code()));
		getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("code", ticket.booking().code())));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "courses.find.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("courses.find.title"));
		this.intro.setText(getTranslation("courses.find.intro"));
		this.code.setLabel(getTranslation("courses.find.code"));
		this.code.setHelperText(getTranslation("courses.find.code-help"));
		this.open.setText(getTranslation("courses.find.open"));
		this.refusals.clear();
		Titles.update(this);
	}

}
