package de.norderstedt.go.courses.ui;

import java.util.function.LongSupplier;

import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

/** What trainers write about a date: their own note, and a message to everyone booked. */
final class DateWritingSections {

	private DateWritingSections() {
	}

	/** The trainers' note for the date, kept for them alone. */
	static final class Note extends Section {

		private final H2 heading = new H2();

		private final TextArea note = new TextArea();

		private final Button save = new Button();

		private final LiveRegion alert = LiveRegion.alert();

		private final LiveRegion status = LiveRegion.status();

		private final FormRefusals refusals = new FormRefusals(this.alert).field("note", this.note);

		Note(ParticipantService participants, LongSupplier dateId) {
			this.save.addClickListener(e -> {
				this.status.clear();
				if (this.refusals.attempt(() -> participants.saveNote(dateId.getAsLong(), this.note.getValue()))) {
					this.status.show(getTranslation("trainer.note.saved"));
				}
			});
			Div form = new Div(this.note, this.alert, this.save, this.status);
			form.addClassName("form");
			add(this.heading, form);
		}

		void show(@org.jspecify.annotations.Nullable String text) {
			this.note.setValue(text == null ? "" : text);
		}

		void texts() {
			this.heading.setText(getTranslation("trainer.note.title"));
			this.note.setLabel(getTranslation("trainer.note.label"));
			this.note.setHelperText(getTranslation("trainer.note.help"));
			this.save.setText(getTranslation("trainer.note.save"));
		}

	}

	/** A message to everyone booked or waiting for the date. */
	static final class Message extends Section {

		private final H2 heading = new H2();

		private final TextArea message = new TextArea();

		private final Button send = new Button();

		private final LiveRegion alert = LiveRegion.alert();

		private final LiveRegion status = LiveRegion.status();

		private final FormRefusals refusals = new FormRefusals(this.alert).field("message", this.message);

		Message(ParticipantService participants, LongSupplier dateId) {
			this.send.addClickListener(e -> {
				this.status.clear();
				this.refusals.attempt(() -> {
					int recipients = participants.messageParticipants(dateId.getAsLong(), this.message.getValue());
					this.message.clear();
					this.status.show(getTranslation("trainer.message.sent", recipients));
				});
			});
			Div form = new Div(this.message, this.alert, this.send, this.status);
			form.addClassName("form");
			add(this.heading, form);
		}

		void texts() {
			this.heading.setText(getTranslation("trainer.message.title"));
			this.message.setLabel(getTranslation("trainer.message.label"));
			this.message.setHelperText(getTranslation("trainer.message.help"));
			this.send.setText(getTranslation("trainer.message.send"));
		}

	}

}
