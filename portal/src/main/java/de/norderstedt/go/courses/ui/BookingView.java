package de.norderstedt.go.courses.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;
import de.norderstedt.go.web.ui.EntryControls;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Booking a date on the web, for oneself or for someone else, with or without an account.
 * A full date puts the booking on the waiting list, which the page says before and after.
 */
@Route("kurse/buchen/:dateId([0-9]{1,18})")
@AnonymousAllowed
public class BookingView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final CourseService courses;

	private final BookingService bookings;

	private final @Nullable Account account;

	private final H1 heading = new H1();

	private final Paragraph when = new Paragraph();

	private final Paragraph where = new Paragraph();

	private final Paragraph places = new Paragraph();

	private final RadioButtonGroup<Boolean> forWhom = new RadioButtonGroup<>();

	private final TextField name = new TextField();

	private final TextField phone = new TextField();

	private final TextField email = new TextField();

	private final Paragraph contactHelp = new Paragraph();

	/** Asked only of a signed-in person booking for herself; never ticked beforehand. */
	private final Checkbox consent = new Checkbox();

	/** Why the booking was refused, by the button; the field concerned says it too. */
	private final LiveRegion error = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.error);

	private final Button book = new Button();

	private final RouterLink back = new RouterLink();

	private @Nullable CourseDate date;

	private final RateLimits rateLimits;

	BookingView(CourseService courses, BookingService bookings, AccountService accounts, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.courses = courses;
		this.bookings = bookings;
		this.account = accounts.currentAccount().orElse(null);
		addClassName("page");
		this.when.addClassName("course-when");
		this.error.setId("booking-error");
		this.refusals.field("name", this.name)
			.field("phone", this.phone)
			.field("email", this.email)
			.field("consent", this.consent);
		this.name.setRequired(true);
		this.name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
		this.phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
		this.phone.getElement().setAttribute("inputmode", "tel");
		this.email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
		this.email.getElement().setAttribute("inputmode", "email");
		this.contactHelp.setId("contact-help");
		this.book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.book.addClickListener(e -> book());
		this.back.addClassName("action-link");
		this.forWhom.setItems(true, false);
		this.forWhom.addValueChangeListener(e -> forWhomChanged());
		this.forWhom.setVisible(this.account != null);
		this.consent.setVisible(false);
		Div form = new Div(this.forWhom, this.name, this.contactHelp, this.phone, this.email, this.consent,
				new PurposeNote("privacy.purpose.booking"), this.error, this.book);
		form.addClassName("form");
		add(this.heading, this.when, this.where, this.places, form, new Paragraph(this.back));
		if (this.account != null) {
			this.forWhom.setValue(true);
		}
	}

	/**
	 * A link to book the date, or to join its waiting list, named with the course and the
	 * time for screen readers.
	 */
	static RouterLink linkTo(CourseDate date, Locale locale) {
		boolean free = date.freePlaces() > 0;
		return EntryControls.link(Texts.get(free ? "courses.list.book" : "courses.list.wait", locale),
				Texts.get(free ? "courses.list.book-label" : "courses.list.wait-label", locale, date.title(),
						CourseTexts.when(date, locale)),
				BookingView.class, new RouteParameters("dateId", Long.toString(date.id())));
	}

	/**
	 * "Noch 3 Plätze frei", marked as full when there are none (or the date is
	 * cancelled).
	 */
	static Span freePlaces(CourseDate date, Locale locale) {
		Span free = new Span(CourseTexts.freePlaces(date, locale));
		free.addClassName(date.isCancelled() || date.freePlaces() == 0 ? "places-full" : "places-free");
		return free;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = Long.parseLong(event.getRouteParameters().get("dateId").orElseThrow());
		this.date = this.courses.date(id).orElse(null);
		if (this.date == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		this.back.setRoute(CourseView.class, new RouteParameters("courseId", Long.toString(this.date.courseId())));
	}

	private boolean forSelf() {
		return this.account != null && Boolean.TRUE.equals(this.forWhom.getValue());
	}

	private void forWhomChanged() {
		if (this.account != null && forSelf()) {
			this.name.setValue(this.account.displayName());
		}
		else if (this.account != null && this.name.getValue().equals(this.account.displayName())) {
			this.name.clear();
		}
		this.contactHelp
			.setText(getTranslation(forSelf() ? "courses.book.contact-help-self" : "courses.book.contact-help"));
		// only a person's own booking can carry her consent
		this.consent.setVisible(forSelf());
		if (!forSelf()) {
			this.consent.setValue(false);
		}
	}

	private void book() {
		CourseDate current = this.date;
		if (current == null) {
			return;
		}
		this.refusals.attempt(() -> {
			this.rateLimits.check(RateLimit.BOOKING);
			Booking booking = this.bookings.book(
					new BookingRequest(current.id(), this.name.getValue(), this.phone.getValue(), this.email.getValue(),
							forSelf(), forSelf() && this.consent.getValue(), Language.of(getLocale())));
			getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("code", booking.code())));
		});
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "courses.book.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		CourseDate d = this.date;
		this.heading.setText(
				d == null ? getTranslation("courses.book.title") : getTranslation("courses.book.heading", d.title()));
		if (d != null) {
			this.when.setText(CourseTexts.when(d, locale));
			this.where.setText(d.placeName());
			this.places.removeAll();
			this.places.add(freePlaces(d, locale));
			if (d.freePlaces() == 0 && !d.isCancelled()) {
				this.places.add(new Span(" " + getTranslation("courses.book.waiting-hint")));
			}
		}
		this.forWhom.setLabel(getTranslation("courses.book.for-whom"));
		this.forWhom.setItemLabelGenerator(self -> self
				? getTranslation("courses.book.for-me",
						Optional.ofNullable(this.account).map(Account::displayName).orElse(""))
				: getTranslation("courses.book.for-other"));
		this.name.setLabel(getTranslation("courses.book.name"));
		this.phone.setLabel(getTranslation("courses.book.phone"));
		this.phone.setHelperText(getTranslation("courses.book.phone-help"));
		this.email.setLabel(getTranslation("courses.book.email"));
		this.email.setHelperText(getTranslation("courses.book.email-help"));
		this.consent.setLabel(getTranslation("courses.book.consent"));
		this.consent.setHelperText(getTranslation("courses.book.consent-help"));
		this.contactHelp
			.setText(getTranslation(forSelf() ? "courses.book.contact-help-self" : "courses.book.contact-help"));
		this.book.setText(
				getTranslation(d != null && d.freePlaces() == 0 ? "courses.book.submit-wait" : "courses.book.submit"));
		this.back.setText(getTranslation("courses.book.back"));
		// a message in the language before would be out of place
		this.refusals.clear();
		Titles.update(this);
	}

}
