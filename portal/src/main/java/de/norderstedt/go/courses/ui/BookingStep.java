package de.norderstedt.go.courses.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

/**
 * The booking screens ({@link BookingFlow}) in their order. Each knows what it shows,
 * what "Weiter" does there, the control a person uses next, and the fields (by the
 * service's names) it asks for, so that a refusal leads back to the screen of its field.
 */
enum BookingStep {

	/** The courses of the place. */
	LIST(List.of("date")) {
		@Override
		void show(BookingFlow flow, Locale locale) {
			flow.showList(locale);
		}

		@Override
		@Nullable Component control(BookingFlow flow) {
			return flow.firstCourse();
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
			return flow.getTranslation("courses.practice.step.date", flow.getTranslation("kiosk.courses.date.book"));
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
			flow.port().checkName(flow.fields().name());
			super.next(flow);
		}

		@Override
		Component control(BookingFlow flow) {
			return flow.fields().nameField();
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
			flow.port().checkContact(flow.fields().phone(), flow.fields().email());
			super.next(flow);
		}

		@Override
		Component control(BookingFlow flow) {
			return flow.fields().phoneField();
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
			return flow.getTranslation("courses.practice.step.check", flow.getTranslation("kiosk.courses.check.book"));
		}
	},

	/** The ticket; not counted among the steps. */
	TICKET(List.of()) {
		@Override
		void show(BookingFlow flow, Locale locale) {
			flow.showTicket(locale);
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

	BookingStep(List<String> fields) {
		this.fields = fields;
	}

	/** Fills the screen: heading, help, body and the text of "Weiter". */
	abstract void show(BookingFlow flow, Locale locale);

	/** "Weiter": checks what this step asked for and shows the next one. */
	void next(BookingFlow flow) {
		flow.show(values()[ordinal() + 1]);
	}

	/** The step "Zurück" leads to; none on the first, where it leaves the screens. */
	Optional<BookingStep> previous() {
		return this == LIST || this == TICKET ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	/** The control a person uses next here ("Weiter" unless a field is filled in). */
	@Nullable Component control(BookingFlow flow) {
		return flow.nextButton();
	}

	/** What to do on this step, in a sentence (the practice says it). */
	abstract String instruction(BookingFlow flow);

	/** "Schritt 3 von 5"; 0 for the ticket. */
	int number() {
		return this == TICKET ? 0 : ordinal() + 1;
	}

	/** Whether the step counts among the steps (all but the ticket). */
	boolean counted() {
		return this != TICKET;
	}

	/** The step that asks for the field a refusal names. */
	static Optional<BookingStep> asking(String field) {
		return Arrays.stream(values()).filter(step -> step.fields.contains(field)).findFirst();
	}

}
