package de.norderstedt.go.courses.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingException;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.Input;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The kiosk's booking screens, one thing per screen: the courses of a place, the chosen
 * date, the name, a phone number or e-mail address, a check, and the ticket with its QR
 * code. Nothing is booked before "Jetzt verbindlich buchen"; every mistake is said in
 * words and changes nothing. The data comes through a {@link BookingFlowPort}, and what
 * lies around the screens (speech, leaving, the phone, the end of a visit) through a
 * {@link Host}.
 * <p>
 * In practice mode (see {@link BookingPractice}) a banner says that nothing is booked,
 * the control to use next is highlighted and described by a spoken instruction, and the
 * end is a sample ticket.
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

	private static final int STEPS = 5;

	private static final int LIST = 1;

	private static final int DATE = 2;

	private static final int NAME = 3;

	private static final int CONTACT = 4;

	private static final int CHECK = 5;

	private static final int TICKET = 6;

	/** The class of the control a learner uses next in practice mode. */
	static final String NEXT = "practice-next";

	static final String INSTRUCTION_ID = "booking-practice-instruction";

	private final BookingFlowPort port;

	private final Host host;

	private final boolean practice;

	private final Paragraph progress = new Paragraph();

	/** In practice mode the screens sit inside a tutorial that has the page's heading. */
	private final HtmlContainer heading;

	private final Paragraph banner = new Paragraph();

	private final Paragraph instruction = new Paragraph();

	private final Paragraph help = new Paragraph();

	private final Div body = new Div();

	private final TextField name = new TextField();

	private final TextField phone = new TextField();

	private final TextField email = new TextField();

	private final Paragraph message = new Paragraph();

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	private int step = LIST;

	private @Nullable Long placeId;

	private @Nullable CourseDate date;

	private @Nullable Course course;

	private @Nullable Booking booking;

	/** The key of the message shown, so that it follows a change of language. */
	private @Nullable String messageKey;

	/** The first course of the list, where a learner starts. */
	private @Nullable Component firstCourse;

	private @Nullable Component highlighted;

	/** What the practice says for the step shown. */
	private String instructionText = "";

	BookingFlow(BookingFlowPort port, Host host) {
		this(port, host, false);
	}

	BookingFlow(BookingFlowPort port, Host host, boolean practice) {
		this.port = port;
		this.host = host;
		this.practice = practice;
		this.heading = practice ? new H2() : new H1();
		addClassName("kiosk-task");
		addClassName("kiosk-courses");
		this.progress.addClassName("kiosk-progress");
		this.body.addClassName("kiosk-courses-body");
		this.name.setMaxLength(100);
		this.name.setAutocomplete(Autocomplete.OFF);
		this.phone.setMaxLength(30);
		this.phone.setAutocomplete(Autocomplete.OFF);
		this.email.setMaxLength(254);
		this.email.setAutocomplete(Autocomplete.OFF);
		this.message.setId(practice ? "booking-practice-message" : "kiosk-courses-message");
		this.message.addClassName("kiosk-message");
		this.message.getElement().setAttribute("role", "alert");
		this.back.addClickListener(e -> back());
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.actions.addClassName("kiosk-actions");
		// the fields stay on the page (hidden when not asked for), so that their browser
		// side and what they hold survive the steps
		if (practice) {
			addClassName("booking-practice");
			// a note, not an alert: it is there from the start and is no news
			this.banner.getElement().setAttribute("role", "note");
			this.banner.addClassName("practice-banner");
			this.instruction.setId(INSTRUCTION_ID);
			this.instruction.addClassName("practice-instruction");
			add(this.banner);
		}
		add(this.progress, this.heading, this.help);
		if (practice) {
			add(this.instruction);
		}
		add(this.body, this.name, this.phone, this.email, this.message, this.actions);
	}

	/** Starts again from the course list, with nothing entered. */
	void restart() {
		this.date = null;
		this.course = null;
		this.booking = null;
		this.name.clear();
		this.phone.clear();
		this.email.clear();
		show(LIST);
	}

	/** The place whose courses the list shows; all places when null. */
	void atPlace(@Nullable Long placeId) {
		this.placeId = placeId;
	}

	/** The booking whose ticket shows, if the ticket shows. */
	Optional<Booking> ticket() {
		return this.step == TICKET ? Optional.ofNullable(this.booking) : Optional.empty();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// the on-screen keyboard shows the number pad for phone numbers
		inputMode(this.phone, "tel");
		inputMode(this.email, "email");
		if (this.practice) {
			if (this.instructionText.isEmpty()) {
				render();
			}
			this.host.say(this.instructionText);
			if (this.highlighted instanceof TextField field) {
				describeInput(field, true);
			}
		}
	}

	private static void inputMode(TextField field, String mode) {
		withInput(field, "input.setAttribute('inputmode', $0);", mode);
	}

	/**
	 * Runs a script on the field's inner input element (as {@code input}) once the
	 * browser has rendered it.
	 */
	private static void withInput(TextField field, String script, Serializable... parameters) {
		field.getElement().executeJs("""
				const field = this;
				const set = () => {
				  const input = field.inputElement || field.querySelector('input');
				  if (!input) { requestAnimationFrame(set); return; }
				""" + script + """
				};
				set();""", parameters);
	}

	// ---- moving between steps

	private void back() {
		switch (this.step) {
			case LIST -> this.host.leave();
			case DATE -> show(LIST);
			default -> show(this.step - 1);
		}
	}

	private void next() {
		clearMessage();
		try {
			switch (this.step) {
				case DATE -> show(NAME);
				case NAME -> {
					this.port.checkName(this.name.getValue());
					show(CONTACT);
				}
				case CONTACT -> {
					this.port.checkContact(this.phone.getValue(), this.email.getValue());
					show(CHECK);
				}
				case CHECK -> book();
				default -> show(LIST);
			}
		}
		catch (BookingException ex) {
			mistake(ex.messageKey());
		}
	}

	private void choose(CourseDate chosen) {
		this.date = chosen;
		this.name.clear();
		this.phone.clear();
		this.email.clear();
		show(DATE);
	}

	private void book() {
		CourseDate chosen = this.date;
		if (chosen == null) {
			show(LIST);
			return;
		}
		this.booking = this.port.book(new BookingRequest(chosen.id(), this.name.getValue(), this.phone.getValue(),
				this.email.getValue(), false));
		// nothing personal stays in the form once the ticket shows
		this.name.clear();
		this.phone.clear();
		this.email.clear();
		show(TICKET);
		this.host.booked(spokenConfirmation());
	}

	/** Shows the message of a refused step on the screen where it can be put right. */
	private void mistake(String key) {
		switch (key) {
			case "courses.error.name" -> {
				show(NAME);
				invalid(this.name, key);
			}
			case "courses.error.phone", "courses.error.contact" -> {
				show(CONTACT);
				invalid(this.phone, key);
			}
			case "courses.error.email" -> {
				show(CONTACT);
				invalid(this.email, key);
			}
			case "courses.error.date-unknown", "courses.error.date-cancelled", "courses.error.date-over" -> {
				show(LIST);
				say(key);
			}
			default -> say(key);
		}
	}

	private void invalid(HasValidation field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
		say(key);
	}

	private void say(String key) {
		this.messageKey = key;
		String text = getTranslation(key);
		this.message.setText(text);
		this.host.say(text);
	}

	private void clearMessage() {
		this.messageKey = null;
		this.message.setText("");
		this.name.setInvalid(false);
		this.phone.setInvalid(false);
		this.email.setInvalid(false);
	}

	private void show(int step) {
		int before = this.step;
		this.step = step;
		clearMessage();
		if (step == DATE || step == CHECK) {
			// the free places may have changed since the list was shown
			refreshDate();
		}
		render();
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		if (this.practice && isAttached() && (this.step != before || this.step == LIST)) {
			// said once when a step shows, not again with every mistake on it
			this.host.say(this.instructionText);
		}
		String key = this.messageKey;
		if (key != null) {
			say(key);
		}
	}

	private void refreshDate() {
		CourseDate chosen = this.date;
		Optional<CourseDate> current = chosen == null ? Optional.empty() : this.port.date(chosen.id());
		if (current.isEmpty() || current.get().isCancelled()) {
			this.step = LIST;
			this.date = null;
			this.messageKey = chosen == null ? null
					: current.isEmpty() ? "courses.error.date-unknown" : "courses.error.date-cancelled";
			return;
		}
		this.date = current.get();
		this.course = this.port.course(current.get().courseId()).orElse(null);
	}

	// ---- what each step shows

	private void render() {
		Locale locale = getLocale();
		this.body.removeAll();
		this.progress.setVisible(this.step <= STEPS);
		this.progress.setText(getTranslation("kiosk.step", this.step, STEPS));
		this.back.setText(getTranslation("kiosk.back"));
		// in practice the tutorial around it has its own way back
		this.back.setVisible(this.step <= STEPS && !(this.practice && this.step == LIST));
		this.next.setVisible(this.step > LIST && this.step <= STEPS);
		this.name.setVisible(this.step == NAME);
		this.phone.setVisible(this.step == CONTACT);
		this.email.setVisible(this.step == CONTACT);
		this.name.setLabel(getTranslation("kiosk.courses.name"));
		this.phone.setLabel(getTranslation("kiosk.courses.phone"));
		this.email.setLabel(getTranslation("kiosk.courses.email"));
		this.message.setText(this.messageKey == null ? "" : getTranslation(this.messageKey));
		switch (this.step) {
			case DATE -> renderDate(locale);
			case NAME -> {
				this.heading.setText(getTranslation("kiosk.courses.name.heading"));
				this.help.setText(getTranslation("kiosk.courses.name.help"));
				this.next.setText(getTranslation("kiosk.next"));
			}
			case CONTACT -> {
				this.heading.setText(getTranslation("kiosk.courses.contact.heading"));
				this.help.setText(getTranslation("kiosk.courses.contact.help"));
				this.next.setText(getTranslation("kiosk.next"));
			}
			case CHECK -> renderCheck(locale);
			case TICKET -> {
				if (this.practice) {
					renderSampleTicket(locale);
				}
				else {
					renderTicket(locale);
				}
			}
			default -> renderList(locale);
		}
		if (this.practice) {
			guide();
		}
	}

	private void renderList(Locale locale) {
		this.firstCourse = null;
		this.heading.setText(getTranslation("kiosk.courses.list.heading"));
		List<CourseDate> dates = this.port.upcoming(this.placeId);
		if (dates.isEmpty()) {
			this.help.setText(getTranslation("kiosk.courses.list.empty"));
			return;
		}
		this.help.setText(getTranslation("kiosk.courses.list.help"));
		UnorderedList list = new UnorderedList();
		list.addClassName("kiosk-course-list");
		for (CourseDate each : dates) {
			NativeButton card = new NativeButton();
			card.addClassName("kiosk-course");
			card.add(line("kiosk-course-title", each.title()),
					line("kiosk-course-when", CourseTexts.when(each, locale)),
					line("kiosk-course-places", CourseTexts.freePlaces(each, locale)),
					line("kiosk-course-facts", CourseTexts.level(each.level(), locale) + " · "
							+ CourseTexts.price(each.priceCents(), locale)));
			if (this.placeId == null) {
				card.add(line("kiosk-course-facts", getTranslation("kiosk.courses.list.place", each.placeName())));
			}
			card.addClickListener(e -> choose(each));
			list.add(new ListItem(card));
			if (this.firstCourse == null) {
				this.firstCourse = card;
			}
		}
		this.body.add(list);
	}

	private static Span line(String className, String text) {
		Span span = new Span(text);
		span.addClassName(className);
		return span;
	}

	private void renderDate(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			renderList(locale);
			return;
		}
		this.heading.setText(chosen.title());
		this.help.setText(details.description());
		this.next.setText(getTranslation("kiosk.courses.date.book"));
		Place place = details.place();
		DescriptionList facts = new DescriptionList();
		facts.addClassName("kiosk-facts");
		fact(facts, "kiosk.courses.date.when", CourseTexts.when(chosen, locale));
		fact(facts, "kiosk.courses.date.where", place.name() + ", " + place.address());
		fact(facts, "kiosk.courses.date.access", CourseTexts.access(place, locale));
		if (details.bring() != null) {
			fact(facts, "kiosk.courses.date.bring", details.bring());
		}
		fact(facts, "kiosk.courses.date.level", CourseTexts.level(chosen.level(), locale));
		fact(facts, "kiosk.courses.date.price", CourseTexts.price(chosen.priceCents(), locale));
		fact(facts, "kiosk.courses.date.places", placesText(chosen, locale));
		this.body.add(facts);
	}

	/** "Noch 3 Plätze frei" or "Ausgebucht — Sie kommen auf die Warteliste (Platz 2)". */
	private String placesText(CourseDate chosen, Locale locale) {
		return chosen.freePlaces() > 0 ? CourseTexts.freePlaces(chosen, locale)
				: getTranslation("kiosk.courses.date.full", chosen.waiting() + 1);
	}

	private void fact(DescriptionList facts, String termKey, String description) {
		facts.add(new DescriptionList.Term(getTranslation(termKey)),
				new DescriptionList.Description(new Span(description)));
	}

	private void renderCheck(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			renderList(locale);
			return;
		}
		this.heading.setText(getTranslation("kiosk.courses.check.heading"));
		this.help.setText(getTranslation("kiosk.courses.check.help"));
		this.next.setText(getTranslation("kiosk.courses.check.book"));
		DescriptionList facts = new DescriptionList();
		facts.addClassName("kiosk-facts");
		fact(facts, "kiosk.courses.check.course", chosen.title());
		fact(facts, "kiosk.courses.date.when", CourseTexts.when(chosen, locale));
		fact(facts, "kiosk.courses.date.where", details.place().name() + ", " + details.place().address());
		fact(facts, "kiosk.courses.check.name", this.name.getValue().strip());
		String phoneNumber = Input.blankToNull(this.phone.getValue());
		if (phoneNumber != null) {
			fact(facts, "kiosk.courses.check.phone", phoneNumber);
		}
		String address = Input.blankToNull(this.email.getValue());
		if (address != null) {
			fact(facts, "kiosk.courses.check.email", address);
		}
		fact(facts, "kiosk.courses.date.price", CourseTexts.price(chosen.priceCents(), locale));
		fact(facts, "kiosk.courses.date.places", chosen.freePlaces() > 0 ? getTranslation("kiosk.courses.check.free")
				: getTranslation("kiosk.courses.check.waiting", chosen.waiting() + 1));
		this.body.add(facts);
	}

	private void renderTicket(Locale locale) {
		Booking booked = this.booking;
		CourseDate chosen = this.date;
		Course details = this.course;
		if (booked == null || chosen == null || details == null) {
			renderList(locale);
			return;
		}
		this.heading.setText(result(booked));
		this.help.setText(getTranslation(booked.status() == BookingStatus.WAITING ? "kiosk.courses.done.waiting.help"
				: "kiosk.courses.done.confirmed.help"));

		H2 title = new H2(chosen.title());
		title.setId("kiosk-ticket-title");
		Paragraph when = new Paragraph(CourseTexts.when(chosen, locale));
		Paragraph where = new Paragraph(details.place().name() + ", " + details.place().address());
		QrCodeImage qr = new QrCodeImage();
		qr.addClassName("kiosk-ticket-qr");
		qr.show(booked.code(), getTranslation("kiosk.courses.ticket.qr", CourseTexts.code(booked.code())));
		Paragraph codeLabel = new Paragraph(getTranslation("kiosk.courses.ticket.code"));
		codeLabel.addClassName("kiosk-ticket-code-label");
		Paragraph code = new Paragraph(CourseTexts.code(booked.code()));
		code.setId("kiosk-ticket-code");
		code.addClassName("kiosk-ticket-code");
		// read out letter by letter, not as a word
		code.getElement().setAttribute("data-read", spelled(booked.code()));
		Paragraph status = new Paragraph(CourseTexts.status(booked, locale));
		status.addClassName("kiosk-ticket-status");
		Section ticket = new Section(title, when, where, qr, codeLabel, code, status);
		ticket.addClassName("kiosk-ticket");
		ticket.getElement().setAttribute("aria-labelledby", "kiosk-ticket-title");

		Button print = new Button(getTranslation("kiosk.courses.ticket.print"));
		// printing needs the tap itself, not a round trip to the server
		print.getElement().executeJs("this.addEventListener('click', () => window.print())");
		Button toPhone = new Button(getTranslation("kiosk.courses.ticket.phone"), e -> this.host.continueOnPhone());
		Div ticketActions = new Div(print, toPhone);
		ticketActions.addClassName("kiosk-actions");
		Paragraph finishHelp = new Paragraph(getTranslation("kiosk.courses.ticket.done.help"));
		Button finish = new Button(getTranslation("kiosk.courses.ticket.done"), e -> this.host.finishVisit());
		finish.addThemeName("primary");
		Div finishActions = new Div(finish);
		finishActions.addClassName("kiosk-actions");
		this.body.add(ticket, ticketActions, finishHelp, finishActions);
	}

	/**
	 * The end of the practice: what a ticket looks like, marked as not valid, with a code
	 * that no real booking can have, and nothing to print or carry away.
	 */
	private void renderSampleTicket(Locale locale) {
		Booking booked = this.booking;
		CourseDate chosen = this.date;
		Course details = this.course;
		if (booked == null || chosen == null || details == null) {
			renderList(locale);
			return;
		}
		this.heading.setText(getTranslation("courses.practice.done"));
		this.help.setText(getTranslation("courses.practice.done.help"));
		Paragraph mark = new Paragraph(getTranslation("courses.practice.ticket.mark"));
		mark.setId("practice-ticket-mark");
		mark.addClassName("practice-ticket-mark");
		H3 title = new H3(chosen.title());
		title.setId("practice-ticket-title");
		Paragraph when = new Paragraph(CourseTexts.when(chosen, locale));
		Paragraph where = new Paragraph(details.place().name() + ", " + details.place().address());
		Paragraph codeLabel = new Paragraph(getTranslation("courses.practice.ticket.code"));
		codeLabel.addClassName("kiosk-ticket-code-label");
		Paragraph code = new Paragraph(getTranslation("courses.practice.ticket.sample-code"));
		code.setId("practice-ticket-code");
		code.addClassName("kiosk-ticket-code");
		Paragraph status = new Paragraph(CourseTexts.status(booked, locale));
		status.addClassName("kiosk-ticket-status");
		Section ticket = new Section(mark, title, when, where, codeLabel, code, status);
		ticket.addClassName("kiosk-ticket");
		ticket.addClassName("practice-ticket");
		ticket.getElement().setAttribute("aria-labelledby", "practice-ticket-mark practice-ticket-title");
		this.body.add(ticket);
	}

	// ---- practice mode: what to do next

	/** Shows and highlights what to do next on the step shown. */
	private void guide() {
		this.banner.setText(getTranslation("courses.practice.banner"));
		String next = getTranslation("kiosk.next");
		Component target = switch (this.step) {
			case DATE -> {
				this.instructionText = getTranslation("courses.practice.step.date",
						getTranslation("kiosk.courses.date.book"));
				yield this.next;
			}
			case NAME -> {
				this.instructionText = getTranslation("courses.practice.step.name", next);
				yield this.name;
			}
			case CONTACT -> {
				this.instructionText = getTranslation("courses.practice.step.contact",
						getTranslation("kiosk.courses.phone"), next);
				yield this.phone;
			}
			case CHECK -> {
				this.instructionText = getTranslation("courses.practice.step.check",
						getTranslation("kiosk.courses.check.book"));
				yield this.next;
			}
			case TICKET -> {
				this.instructionText = getTranslation("courses.practice.done") + " "
						+ getTranslation("courses.practice.done.help");
				yield null;
			}
			default -> {
				this.instructionText = getTranslation("courses.practice.step.list");
				yield this.firstCourse;
			}
		};
		// the sample ticket says it all in its heading; no control is next there
		this.instruction.setText(target == null ? "" : this.instructionText);
		this.instruction.setVisible(target != null);
		highlight(target);
	}

	private void highlight(@Nullable Component target) {
		Component before = this.highlighted;
		if (before != null && before != target) {
			before.getElement().getClassList().remove(NEXT);
			before.getElement().removeAttribute("aria-describedby");
			if (before instanceof TextField field) {
				describeInput(field, false);
			}
		}
		this.highlighted = target;
		if (target != null) {
			target.getElement().getClassList().add(NEXT);
			target.getElement().setAttribute("aria-describedby", INSTRUCTION_ID);
			if (target instanceof TextField field && before != target) {
				describeInput(field, true);
			}
		}
	}

	/**
	 * The input inside a field is what a screen reader announces, so the description goes
	 * there too, next to the field's own (error message, helper).
	 */
	private static void describeInput(TextField field, boolean described) {
		withInput(field, """
				const ids = (input.getAttribute('aria-describedby') || '').split(' ')
				  .filter(id => id && id !== $0);
				if ($1) { ids.push($0); }
				if (ids.length) { input.setAttribute('aria-describedby', ids.join(' ')); }
				else { input.removeAttribute('aria-describedby'); }""", INSTRUCTION_ID, described);
	}

	private String result(Booking booked) {
		return booked.status() == BookingStatus.WAITING
				? getTranslation("kiosk.courses.done.waiting", booked.waitingPosition())
				: getTranslation("kiosk.courses.done.confirmed");
	}

	private String spokenConfirmation() {
		Booking booked = this.booking;
		CourseDate chosen = this.date;
		Course details = this.course;
		if (booked == null || chosen == null || details == null) {
			return "";
		}
		return getTranslation("kiosk.courses.done.spoken", result(booked), chosen.title(),
				CourseTexts.when(chosen, getLocale()), details.place().name(), spelled(booked.code()));
	}

	/** "K 7 M X, 3 P Q A": a code said letter by letter, in its two groups. */
	private static String spelled(String code) {
		return CourseTexts.code(code)
			.chars()
			.mapToObj(c -> c == ' ' ? "," : String.valueOf((char) c))
			.collect(Collectors.joining(" "))
			.replace(" ,", ",");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		if (this.practice) {
			// the example date is made in the visitor's language
			reread();
		}
		render();
	}

	private void reread() {
		CourseDate chosen = this.date;
		if (chosen != null) {
			this.date = this.port.date(chosen.id()).orElse(chosen);
			this.course = this.port.course(chosen.courseId()).orElse(this.course);
		}
	}

}
