package de.norderstedt.go.courses.ui;

import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The kiosk's booking screens, one thing per screen (see {@link BookingStep}): the
 * courses of a place, the chosen date, the name, a phone number or e-mail address, a
 * check, and the ticket with its QR code. Nothing is booked before "Jetzt verbindlich
 * buchen"; every mistake is said in words at the field it concerns, on the screen where
 * it can be put right, and changes nothing. The data, and how the screens are dressed
 * (the real kiosk or the practice, see {@link BookingPractice}), come through a
 * {@link BookingFlowPort}; what lies around the screens (speech, leaving, the phone, the
 * end of a visit) through a {@link Host}. What the screens show is made by
 * {@link BookingScreens}, what a person types is in {@link BookingFields}.
 */
class BookingFlow extends Div implements LocaleChangeObserver {

	/** What the screen around the booking screens does for them. */
	interface Host {

		/** Says a sentence aloud. */
		void say(String text);

		/** "Zurück" on the first step. */
		void leave();

		/** The ticket shows; the sentence says what was booked. */
		void booked(String spokenConfirmation);

		/** "Ticket aufs Handy". */
		void continueOnPhone();

		/** "Fertig" under the ticket. */
		void finishVisit();

	}

	/** A booking just made, with what its ticket shows. */
	record Booked(Booking booking, CourseDate date, Course course) {
	}

	private final BookingFlowPort port;

	private final Host host;

	private final Paragraph progress = new Paragraph();

	private final HtmlContainer heading;

	private final Paragraph help = new Paragraph();

	private final Div body = new Div();

	private final BookingFields fields = new BookingFields();

	private final LiveRegion message = LiveRegion.alert();

	private final FormRefusals refusals;

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	private final BookingScreens screens;

	private BookingStep step = BookingStep.LIST;

	private @Nullable Long placeId;

	private @Nullable CourseDate date;

	private @Nullable Course course;

	private @Nullable Booking booking;

	/** The refusal shown, so that it follows a change of language. */
	private @Nullable Refusal refusal;

	/** The first course of the list, where a person starts. */
	private @Nullable Component firstCourse;

	BookingFlow(BookingFlowPort port, Host host) {
		this.port = port;
		this.host = host;
		this.heading = port.heading();
		this.screens = new BookingScreens(this, host, this.heading, this.help, this.body, this.next);
		addClassName("kiosk-task");
		addClassName("kiosk-courses");
		this.progress.addClassName("kiosk-progress");
		this.body.addClassName("kiosk-courses-body");
		this.message.setId(port.messageId());
		this.message.addClassName("kiosk-message");
		this.refusals = this.fields.refusals(this.message).speaking(host::say);
		this.back.addClickListener(e -> back());
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.actions.addClassName("kiosk-actions");
		port.above().forEach(this::add);
		add(this.progress, this.heading, this.help);
		port.belowHelp().forEach(this::add);
		add(this.body);
		add(this.fields.components());
		add(this.message, this.actions);
		port.dress(this);
	}

	/** Starts again from the course list, with nothing entered. */
	void restart() {
		this.date = null;
		this.course = null;
		this.booking = null;
		this.fields.clear();
		show(BookingStep.LIST);
	}

	/** The place whose courses the list shows; all places when null. */
	void atPlace(@Nullable Long placeId) {
		this.placeId = placeId;
	}

	/** The booking whose ticket shows, if the ticket shows. */
	Optional<Booking> ticket() {
		return this.step == BookingStep.TICKET ? Optional.ofNullable(this.booking) : Optional.empty();
	}

	/** The step shown. */
	BookingStep step() {
		return this.step;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.fields.attached();
		this.port.attached(this);
	}

	// ---- what the steps use

	BookingFlowPort port() {
		return this.port;
	}

	BookingFields fields() {
		return this.fields;
	}

	Button nextButton() {
		return this.next;
	}

	/** The page's language. */
	Locale locale() {
		return getLocale();
	}

	/** The first course of the list, where a person starts; none when it is empty. */
	@Nullable Component firstCourse() {
		return this.firstCourse;
	}

	// ---- moving between steps

	private void back() {
		this.step.previous().ifPresentOrElse(this::show, this.host::leave);
	}

	private void next() {
		clearRefusal();
		try {
			this.step.next(this);
		}
		catch (Refusal refused) {
			refused(refused);
		}
	}

	private void choose(CourseDate chosen) {
		this.date = chosen;
		this.fields.clear();
		show(BookingStep.DATE);
	}

	void book() {
		CourseDate chosen = this.date;
		if (chosen == null) {
			show(BookingStep.LIST);
			return;
		}
		this.booking = this.port.book(this.fields.request(chosen.id(), getLocale()));
		// nothing personal stays in the form once the ticket shows
		this.fields.clear();
		show(BookingStep.TICKET);
		this.host.booked(spokenConfirmation());
	}

	/**
	 * Shows a refusal on the screen that asks for its field (a refusal about the date
	 * goes back to the list), at the field itself.
	 */
	private void refused(Refusal refused) {
		BookingStep at = refused.field().flatMap(BookingStep::asking).orElse(this.step);
		if (at != this.step) {
			show(at);
		}
		this.refusal = refused;
		this.refusals.show(refused);
	}

	private void clearRefusal() {
		this.refusal = null;
		this.refusals.clear();
	}

	void show(BookingStep wanted) {
		BookingStep before = this.step;
		this.step = wanted;
		clearRefusal();
		// the free places may have changed since the list was shown
		Refusal gone = wanted == BookingStep.DATE || wanted == BookingStep.CHECK ? refreshDate() : null;
		render();
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		// said once when a step shows, not again with every mistake on it
		if (this.step != before || this.step == BookingStep.LIST) {
			this.port.stepShown(this);
		}
		if (gone != null) {
			refused(gone);
		}
	}

	/** Reads the chosen date again; a refusal when it is gone or cancelled. */
	private @Nullable Refusal refreshDate() {
		CourseDate chosen = this.date;
		Optional<CourseDate> current = chosen == null ? Optional.empty() : this.port.date(chosen.id());
		if (current.isEmpty() || current.get().isCancelled()) {
			this.step = BookingStep.LIST;
			this.date = null;
			return chosen == null ? null : Refusal.at("date",
					current.isEmpty() ? "courses.error.date-unknown" : "courses.error.date-cancelled");
		}
		this.date = current.get();
		this.course = this.port.course(current.get().courseId()).orElse(null);
		return null;
	}

	// ---- what each step shows

	/** Fills the screen for the step shown. */
	void render() {
		Locale locale = getLocale();
		this.body.removeAll();
		boolean counted = this.step.counted();
		this.progress.setVisible(counted);
		this.progress.setText(getTranslation("kiosk.step", this.step.number(), BookingStep.COUNTED));
		this.back.setText(getTranslation("kiosk.back"));
		this.back.setVisible(counted && (this.step != BookingStep.LIST || this.port.offersLeave()));
		this.next.setVisible(counted && this.step != BookingStep.LIST);
		this.next.setText(getTranslation("kiosk.next"));
		this.fields.show(this.step, this);
		this.step.show(this, locale);
		this.port.guide(this);
	}

	/** The control a person uses next on the step shown, if any. */
	@Nullable Component control() {
		return this.step.control(this);
	}

	/** What to do on the step shown, in a sentence. */
	String instruction() {
		return this.step.instruction(this);
	}

	void ask(String headingKey, String helpKey) {
		this.screens.ask(headingKey, helpKey);
	}

	void showList(Locale locale) {
		this.firstCourse = this.screens.list(this.port.upcoming(this.placeId), this.placeId == null, locale,
				this::choose);
	}

	void showDate(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			showList(locale);
			return;
		}
		this.screens.date(chosen, details, locale);
	}

	void showCheck(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			showList(locale);
			return;
		}
		this.screens.check(chosen, details, this.fields, locale);
	}

	void showTicket(Locale locale) {
		Booked booked = booked();
		if (booked == null) {
			showList(locale);
		}
		else {
			this.port.showTicket(this.screens, booked);
		}
	}

	private @Nullable Booked booked() {
		Booking booked = this.booking;
		CourseDate chosen = this.date;
		Course details = this.course;
		return booked == null || chosen == null || details == null ? null : new Booked(booked, chosen, details);
	}

	private String spokenConfirmation() {
		Booked booked = booked();
		if (booked == null) {
			return "";
		}
		return getTranslation("kiosk.courses.done.spoken", KioskTicket.result(booked.booking(), this),
				booked.date().title(), CourseTexts.when(booked.date(), getLocale()), booked.course().place().name(),
				KioskTicket.spelled(booked.booking().code()));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		// the data may be made in the visitor's language (the practice's example date)
		CourseDate chosen = this.date;
		if (chosen != null) {
			this.date = this.port.date(chosen.id()).orElse(chosen);
			this.course = this.port.course(chosen.courseId()).orElse(this.course);
		}
		render();
		Refusal shown = this.refusal;
		if (shown != null) {
			this.refusals.show(shown);
		}
	}

}
