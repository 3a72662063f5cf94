package de.norderstedt.go.courses.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.app.ui.AppClient;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.Ticket;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.web.Codes;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

/**
 * A ticket, for anyone with its code (the code is in the link): the booking's state, the
 * QR code to show at check-in, the date in words, a calendar file, printing, and
 * cancelling.
 */
@Route("ticket/:code([A-Za-z2-9 -]{1,20})")
@AnonymousAllowed
public class TicketView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final BookingService bookings;

	private String code = "";

	private @Nullable Ticket ticket;

	private @Nullable String message;

	private final RateLimits rateLimits;

	private @Nullable RateLimited limited;

	private final H1 heading = new H1();

	/**
	 * The booking's state in words. It stays on the page while the rest is drawn anew, so
	 * a change (cancelled on this page) is said once, by this region, and nothing else
	 * repeats it.
	 */
	private final LiveRegion state = LiveRegion.status();

	/**
	 * The code this page was allowed to look up (a forward to its own spelling is free).
	 */
	private @Nullable String allowed;

	private final AppClient app;

	TicketView(BookingService bookings, RateLimits rateLimits, AppClient app) {
		this.bookings = bookings;
		this.rateLimits = rateLimits;
		this.app = app;
		addClassName("page");
		this.state.addClassName("ticket-state");
		this.state.setId("ticket-state");
		add(this.heading, this.state);
	}

	/**
	 * Tells the ticket page that the next navigation to this code's ticket in this
	 * browser tab was already counted against the rate limit (by the booking search).
	 */
	static void lookedUp(UI ui, String code) {
		ComponentUtil.setData(ui, LookedUp.class, new LookedUp(Codes.normal(code)));
	}

	/**
	 * A code the booking search already counted, for the next navigation to its ticket.
	 */
	private record LookedUp(String code) {
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.code = event.getRouteParameters().get("code").orElse("");
		this.limited = null;
		this.ticket = null;
		LookedUp counted = ComponentUtil.getData(event.getUI(), LookedUp.class);
		ComponentUtil.setData(event.getUI(), LookedUp.class, null);
		if (counted != null && Codes.normal(this.code).equals(counted.code())) {
			this.allowed = Codes.normal(this.code);
		}
		if (!Codes.normal(this.code).equals(this.allowed)) {
			try {
				this.rateLimits.checkLookup(this.code);
			}
			catch (RateLimited refusal) {
				// nothing is looked up: the page says when to try again
				this.limited = refusal;
				return;
			}
			this.allowed = Codes.normal(this.code);
		}
		this.ticket = this.bookings.ticket(this.code).orElse(null);
		if (this.ticket != null && !this.code.equals(this.ticket.booking().code())) {
			// one address per ticket, however it was typed
			event.forwardTo(TicketView.class, new RouteParameters("code", this.ticket.booking().code()));
		}
	}

	private void render(Locale locale) {
		getChildren().filter(child -> child != this.heading && child != this.state).toList().forEach(this::remove);
		Ticket t = this.ticket;
		RateLimited limit = this.limited;
		if (limit != null || t == null) {
			this.state.clear();
			this.state.setVisible(false);
		}
		if (limit != null) {
			this.heading.setText(getTranslation("rate-limit.title"));
			LiveRegion text = LiveRegion.alert();
			text.show(limit.text(locale));
			add(text);
			return;
		}
		if (t == null) {
			this.heading.setText(getTranslation("courses.ticket.unknown-title"));
			LiveRegion text = LiveRegion.alert();
			text.show(getTranslation("courses.ticket.unknown"));
			add(text);
			RouterLink find = new RouterLink(getTranslation("courses.list.find-booking"), FindBookingView.class);
			find.addClassName("action-link");
			add(new Paragraph(find));
			return;
		}
		Booking booking = t.booking();
		this.heading.setText(getTranslation("courses.ticket.heading"));
		String words = stateText(t);
		if (!words.equals(this.state.getText())) {
			// only a change is said again
			this.state.show(words);
		}
		this.state.setVisible(true);
		if (this.message != null) {
			LiveRegion done = LiveRegion.alert();
			done.show(this.message);
			add(done);
		}

		Div card = new Div();
		card.addClassName("ticket");
		H2 title = new H2(t.date().title());
		card.add(title);
		if (booking.status() != BookingStatus.CANCELLED && !t.date().isCancelled()) {
			QrCodeImage qr = new QrCodeImage();
			qr.show(booking.code(), getTranslation("courses.ticket.qr-alt", CourseTexts.code(booking.code())));
			qr.addClassName("ticket-qr");
			card.add(qr);
		}
		Paragraph code = new Paragraph(new Span(getTranslation("courses.ticket.code") + ": "),
				codeSpan(booking.code()));
		card.add(code);
		boolean forgotten = this.bookings.isForgotten(booking.code());
		if (!forgotten) {
			// whoever finds or guesses a code learns no full name
			card.add(new Paragraph(getTranslation("courses.ticket.for", CourseTexts.shortName(booking.name()))));
		}
		Paragraph when = new Paragraph(CourseTexts.when(t.date(), locale));
		when.addClassName("course-when");
		card.add(when);
		card.add(new Paragraph(t.place().name() + ", " + t.place().address()));
		card.add(new Paragraph(CourseTexts.access(t.place(), locale)));
		add(card);
		if (!forgotten && booking.recipientId() == null) {
			// a guest learns here whether anything will tell her of a change
			Paragraph messages = new Paragraph(getTranslation(
					booking.toldByEmail() ? "courses.ticket.email-messages" : "courses.ticket.no-messages"));
			messages.setId("ticket-messages");
			add(messages);
		}

		Div actions = new Div();
		actions.addClassName("actions");
		actions.addClassName("no-print");
		boolean cancelled = booking.status() == BookingStatus.CANCELLED || t.date().isCancelled();
		// the same file, now cancelling the event: a calendar that imports it again
		// removes the appointment
		Anchor calendar = new Anchor("ticket/" + booking.code() + "/kalender.ics",
				getTranslation(cancelled ? "courses.ticket.calendar-cancelled" : "courses.ticket.calendar"));
		calendar.getElement().setAttribute("download", "kurs-" + booking.code() + ".ics");
		calendar.setRouterIgnore(true);
		// a download must not look like leaving the page, which would stop this page's
		// connection to the server
		calendar.setTarget("_blank");
		calendar.addClassName("button-link");
		actions.add(calendar);
		if (!cancelled) {
			Button print = new Button(getTranslation("courses.ticket.print"),
					e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
			Button cancel = new Button(getTranslation("courses.ticket.cancel"), e -> confirmCancel());
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(print, cancel);
		}
		RouterLink all = new RouterLink(getTranslation("courses.course.all"), CoursesView.class);
		all.addClassName("action-link");
		add(actions, new Paragraph(all));
		if (this.bookings.offersProgressConsent(t)) {
			add(new ProgressConsentSection(this.bookings, booking).texts());
		}
		if (!forgotten) {
			// a guest has no account to delete: the code is the key to her booking's data
			Button forget = new Button(getTranslation("courses.ticket.forget"), e -> confirmForget());
			Section data = new Section(new H2(getTranslation("courses.ticket.forget-heading")),
					new Paragraph(getTranslation("courses.ticket.forget-text")), forget);
			data.addClassName("no-print");
			add(data);
		}
		// her own ticket, to show without a connection too (the app keeps it)
		this.app.keep(this, "/ticket/" + booking.code(), "/app/kopie/ticket/" + booking.code());
	}

	private static Span codeSpan(String code) {
		Span span = new Span(CourseTexts.code(code));
		span.addClassName("ticket-code");
		span.setId("ticket-code");
		return span;
	}

	private String stateText(Ticket t) {
		return CourseTexts.ticketState(t, getLocale());
	}

	private void confirmCancel() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("courses.ticket.cancel-title"));
		dialog.add(new Paragraph(getTranslation("courses.ticket.cancel-question")));
		Button yes = new Button(getTranslation("courses.ticket.cancel-yes"), e -> {
			dialog.close();
			cancel();
		});
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button no = new Button(getTranslation("courses.ticket.cancel-no"), e -> dialog.close());
		dialog.getFooter().add(no, yes);
		dialog.open();
	}

	private void confirmForget() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("courses.ticket.forget-title"));
		dialog.add(new Paragraph(getTranslation("courses.ticket.forget-question")));
		Button yes = new Button(getTranslation("courses.ticket.forget-yes"), e -> {
			dialog.close();
			forget();
		});
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button no = new Button(getTranslation("courses.ticket.forget-no"), e -> dialog.close());
		dialog.getFooter().add(no, yes);
		dialog.open();
	}

	private void forget() {
		try {
			this.bookings.forget(this.code);
			this.message = getTranslation("courses.ticket.forget-done");
		}
		catch (Refusal refusal) {
			this.message = refusal.text(getLocale());
		}
		this.ticket = this.bookings.ticket(this.code).orElse(null);
		render(getLocale());
	}

	private void cancel() {
		try {
			this.bookings.cancel(this.code);
			// the state line says it: a second sentence would repeat it
			this.message = null;
		}
		catch (Refusal refusal) {
			this.message = refusal.text(getLocale());
		}
		this.ticket = this.bookings.ticket(this.code).orElse(null);
		render(getLocale());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, this.limited != null ? "rate-limit.title" : "courses.ticket.heading");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		if (this.ticket != null) {
			// the consent may have changed on this page since it was read
			this.ticket = this.bookings.ticket(this.code).orElse(null);
		}
		render(event.getLocale());
		Titles.update(this);
	}

}
