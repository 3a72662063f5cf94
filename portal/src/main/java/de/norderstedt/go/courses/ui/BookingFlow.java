package de.norderstedt.go.courses.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The kiosk's booking screens, one thing per screen (see {@link Step}): the courses of a
 * place, the chosen date, the name, a phone number or e-mail address, a check, and the
 * ticket with its QR code. Nothing is booked before "Jetzt verbindlich buchen"; every
 * mistake is said in words at the field it concerns, on the screen where it can be put
 * right, and changes nothing. The data, and how the screens are dressed (the real kiosk
 * or the practice, see {@link BookingPractice}), come through a {@link BookingFlowPort};
 * what lies around the screens (speech, leaving, the phone, the end of a visit) through a
 * {@link Host}.
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

	/**
	 * The screens in their order. Each knows what it shows, what "Weiter" does there, the
	 * control a person uses next, and the fields (by the service's names) it asks for, so
	 * that a refusal leads back to the screen of its field.
	 */
	enum Step {

		/** The courses of the place. */
		LIST(List.of("date")) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				flow.showList(locale);
			}

			@Override
			@Nullable Component control(BookingFlow flow) {
				return flow.firstCourse;
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.step.list");
			}
		},

		/** The chosen date with its facts. */
		DATE(List.of()) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				flow.showDate(locale);
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.step.date",
						flow.getTranslation("kiosk.courses.date.book"));
			}
		},

		/** Who comes. */
		NAME(List.of("name")) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				flow.ask("kiosk.courses.name.heading", "kiosk.courses.name.help");
			}

			@Override
			void next(BookingFlow flow) {
				flow.port.checkName(flow.name.getValue());
				super.next(flow);
			}

			@Override
			Component control(BookingFlow flow) {
				return flow.name;
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.step.name", flow.getTranslation("kiosk.next"));
			}
		},

		/** How to reach them. */
		CONTACT(List.of("phone", "email")) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				flow.ask("kiosk.courses.contact.heading", "kiosk.courses.contact.help");
			}

			@Override
			void next(BookingFlow flow) {
				flow.port.checkContact(flow.phone.getValue(), flow.email.getValue());
				super.next(flow);
			}

			@Override
			Component control(BookingFlow flow) {
				return flow.phone;
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.step.contact", flow.getTranslation("kiosk.courses.phone"),
						flow.getTranslation("kiosk.next"));
			}
		},

		/** Everything once more, and the one button that books. */
		CHECK(List.of()) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				flow.showCheck(locale);
			}

			@Override
			void next(BookingFlow flow) {
				flow.book();
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.step.check",
						flow.getTranslation("kiosk.courses.check.book"));
			}
		},

		/** The ticket; not counted among the steps. */
		TICKET(List.of()) {
			@Override
			void show(BookingFlow flow, Locale locale) {
				Booked booked = flow.booked();
				if (booked == null) {
					flow.showList(locale);
				}
				else {
					flow.port.showTicket(flow.screen, booked);
				}
			}

			@Override
			@Nullable Component control(BookingFlow flow) {
				return null;
			}

			@Override
			String instruction(BookingFlow flow) {
				return flow.getTranslation("courses.practice.done") + " "
						+ flow.getTranslation("courses.practice.done.help");
			}
		};

		/** The steps a person counts ("Schritt 2 von 5"). */
		static final int COUNTED = 5;

		private final List<String> fields;

		Step(List<String> fields) {
			this.fields = fields;
		}

		/** Fills the screen: heading, help, body and the text of "Weiter". */
		abstract void show(BookingFlow flow, Locale locale);

		/** "Weiter": checks what this step asked for and shows the next one. */
		void next(BookingFlow flow) {
			flow.show(values()[ordinal() + 1]);
		}

		/** The step "Zurück" leads to; none on the first, where it leaves the screens. */
		Optional<Step> previous() {
			return this == LIST || this == TICKET ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
		}

		/** The control a person uses next here ("Weiter" unless a field is filled in). */
		@Nullable Component control(BookingFlow flow) {
			return flow.next;
		}

		/** What to do on this step, in a sentence (the practice says it). */
		abstract String instruction(BookingFlow flow);

		/** "Schritt 3 von 5"; 0 for the ticket. */
		int number() {
			return this == TICKET ? 0 : ordinal() + 1;
		}

		/** The step that asks for the field a refusal names. */
		static Optional<Step> asking(String field) {
			return Arrays.stream(values()).filter(step -> step.fields.contains(field)).findFirst();
		}

	}

	private final BookingFlowPort port;

	private final Host host;

	private final Paragraph progress = new Paragraph();

	private final HtmlContainer heading;

	private final Paragraph help = new Paragraph();

	private final Div body = new Div();

	private final TextField name = new TextField();

	private final TextField phone = new TextField();

	private final TextField email = new TextField();

	private final LiveRegion message = LiveRegion.alert();

	private final FormRefusals refusals;

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	/** What the port's ticket screen may fill in. */
	private final BookingFlowPort.Screen screen = new BookingFlowPort.Screen() {

		@Override
		public void heading(String text) {
			BookingFlow.this.heading.setText(text);
		}

		@Override
		public void help(String text) {
			BookingFlow.this.help.setText(text);
		}

		@Override
		public void add(Component... components) {
			BookingFlow.this.body.add(components);
		}

		@Override
		public Host host() {
			return BookingFlow.this.host;
		}

		@Override
		public Component view() {
			return BookingFlow.this;
		}

		@Override
		public Locale locale() {
			return BookingFlow.this.getLocale();
		}

	};

	private Step step = Step.LIST;

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
		addClassName("kiosk-task");
		addClassName("kiosk-courses");
		this.progress.addClassName("kiosk-progress");
		this.body.addClassName("kiosk-courses-body");
		this.name.setAutocomplete(Autocomplete.OFF);
		this.phone.setAutocomplete(Autocomplete.OFF);
		this.email.setAutocomplete(Autocomplete.OFF);
		this.message.setId(port.messageId());
		this.message.addClassName("kiosk-message");
		this.refusals = new FormRefusals(this.message).field("name", this.name)
			.field("phone", this.phone)
			.field("email", this.email)
			.speaking(host::say);
		this.back.addClickListener(e -> back());
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.actions.addClassName("kiosk-actions");
		// the fields stay on the page (hidden when not asked for), so that their browser
		// side and what they hold survive the steps
		port.above().forEach(this::add);
		add(this.progress, this.heading, this.help);
		port.belowHelp().forEach(this::add);
		add(this.body, this.name, this.phone, this.email, this.message, this.actions);
		port.dress(this);
	}

	/** Starts again from the course list, with nothing entered. */
	void restart() {
		this.date = null;
		this.course = null;
		this.booking = null;
		clearFields();
		show(Step.LIST);
	}

	/** The place whose courses the list shows; all places when null. */
	void atPlace(@Nullable Long placeId) {
		this.placeId = placeId;
	}

	/** The booking whose ticket shows, if the ticket shows. */
	Optional<Booking> ticket() {
		return this.step == Step.TICKET ? Optional.ofNullable(this.booking) : Optional.empty();
	}

	/** The step shown. */
	Step step() {
		return this.step;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// the on-screen keyboard shows the number pad for phone numbers
		withInput(this.phone, "input.setAttribute('inputmode', $0);", "tel");
		withInput(this.email, "input.setAttribute('inputmode', $0);", "email");
		this.port.attached(this);
	}

	/**
	 * Runs a script on the field's inner input element (as {@code input}) once the
	 * browser has rendered it.
	 */
	static void withInput(TextField field, String script, Serializable... parameters) {
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
		clearFields();
		show(Step.DATE);
	}

	private void book() {
		CourseDate chosen = this.date;
		if (chosen == null) {
			show(Step.LIST);
			return;
		}
		this.booking = this.port.book(new BookingRequest(chosen.id(), this.name.getValue(), this.phone.getValue(),
				this.email.getValue(), false));
		// nothing personal stays in the form once the ticket shows
		clearFields();
		show(Step.TICKET);
		this.host.booked(spokenConfirmation());
	}

	/**
	 * Shows a refusal on the screen that asks for its field (a refusal about the date
	 * goes back to the list), at the field itself.
	 */
	private void refused(Refusal refused) {
		Step at = refused.field().flatMap(Step::asking).orElse(this.step);
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

	private void clearFields() {
		this.name.clear();
		this.phone.clear();
		this.email.clear();
	}

	void show(Step wanted) {
		Step before = this.step;
		this.step = wanted;
		clearRefusal();
		// the free places may have changed since the list was shown
		Refusal gone = wanted == Step.DATE || wanted == Step.CHECK ? refreshDate() : null;
		render();
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		// said once when a step shows, not again with every mistake on it
		if (this.step != before || this.step == Step.LIST) {
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
			this.step = Step.LIST;
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
		boolean counted = this.step != Step.TICKET;
		this.progress.setVisible(counted);
		this.progress.setText(getTranslation("kiosk.step", this.step.number(), Step.COUNTED));
		this.back.setText(getTranslation("kiosk.back"));
		this.back.setVisible(counted && (this.step != Step.LIST || this.port.offersLeave()));
		this.next.setVisible(counted && this.step != Step.LIST);
		this.next.setText(getTranslation("kiosk.next"));
		this.name.setVisible(this.step == Step.NAME);
		this.phone.setVisible(this.step == Step.CONTACT);
		this.email.setVisible(this.step == Step.CONTACT);
		this.name.setLabel(getTranslation("kiosk.courses.name"));
		this.phone.setLabel(getTranslation("kiosk.courses.phone"));
		this.email.setLabel(getTranslation("kiosk.courses.email"));
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

	private void ask(String headingKey, String helpKey) {
		this.heading.setText(getTranslation(headingKey));
		this.help.setText(getTranslation(helpKey));
	}

	private void showList(Locale locale) {
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

	private void showDate(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			showList(locale);
			return;
		}
		this.heading.setText(chosen.title());
		this.help.setText(details.description());
		this.next.setText(getTranslation("kiosk.courses.date.book"));
		Place place = details.place();
		DescriptionList facts = facts();
		fact(facts, "kiosk.courses.date.when", CourseTexts.when(chosen, locale));
		fact(facts, "kiosk.courses.date.where", place.name() + ", " + place.address());
		fact(facts, "kiosk.courses.date.access", CourseTexts.access(place, locale));
		if (details.bring() != null) {
			fact(facts, "kiosk.courses.date.bring", details.bring());
		}
		fact(facts, "kiosk.courses.date.level", CourseTexts.level(chosen.level(), locale));
		fact(facts, "kiosk.courses.date.price", CourseTexts.price(chosen.priceCents(), locale));
		// "Noch 3 Plätze frei" or "Ausgebucht — Sie kommen auf die Warteliste (Platz 2)"
		fact(facts, "kiosk.courses.date.places", chosen.freePlaces() > 0 ? CourseTexts.freePlaces(chosen, locale)
				: getTranslation("kiosk.courses.date.full", chosen.waiting() + 1));
		this.body.add(facts);
	}

	private void showCheck(Locale locale) {
		CourseDate chosen = this.date;
		Course details = this.course;
		if (chosen == null || details == null) {
			showList(locale);
			return;
		}
		this.heading.setText(getTranslation("kiosk.courses.check.heading"));
		this.help.setText(getTranslation("kiosk.courses.check.help"));
		this.next.setText(getTranslation("kiosk.courses.check.book"));
		DescriptionList facts = facts();
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

	private static DescriptionList facts() {
		DescriptionList facts = new DescriptionList();
		facts.addClassName("kiosk-facts");
		return facts;
	}

	private void fact(DescriptionList facts, String termKey, String description) {
		facts.add(new DescriptionList.Term(getTranslation(termKey)),
				new DescriptionList.Description(new Span(description)));
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
