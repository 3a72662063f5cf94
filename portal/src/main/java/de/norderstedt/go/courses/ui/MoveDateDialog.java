package de.norderstedt.go.courses.ui;

import java.time.ZonedDateTime;

import de.norderstedt.go.courses.BookingException;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.NewCourse;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Moves a date to another day or time; everyone booked is told. Nothing changes when the
 * new time is refused.
 */
class MoveDateDialog extends Dialog {

	private final CourseDate date;

	private final CourseService courses;

	private final Runnable onMoved;

	private final DatePicker day = DateFields.day();

	private final TimePicker from = DateFields.time();

	private final TimePicker to = DateFields.time();

	private final FormAlert alert = new FormAlert();

	MoveDateDialog(CourseDate date, CourseService courses, Runnable onMoved) {
		this.date = date;
		this.courses = courses;
		this.onMoved = onMoved;
		addClassName("trainer-dialog");
		setHeaderTitle(getTranslation("trainer.move.title"));
		ZonedDateTime start = date.startsAt().atZone(CourseService.ZONE);
		ZonedDateTime end = date.endsAt().atZone(CourseService.ZONE);
		this.day.setValue(start.toLocalDate());
		this.from.setValue(start.toLocalTime());
		this.to.setValue(end.toLocalTime());
		DateFields.translate(this.day, getTranslation("trainer.move.day"), getLocale());
		DateFields.translate(this.from, getTranslation("trainer.dates.from"), getLocale());
		DateFields.translate(this.to, getTranslation("trainer.dates.to"), getLocale());
		Div times = new Div(this.from, this.to);
		times.addClassName("time-range");
		Div body = new Div(new Paragraph(getTranslation("trainer.move.text", CourseTexts.when(date, getLocale()))),
				this.day, times, this.alert);
		body.addClassName("form");
		add(body);
		Button move = new Button(getTranslation("trainer.move.submit"), e -> move());
		move.addThemeName("primary");
		Button keep = new Button(getTranslation("trainer.move.keep"), e -> close());
		getFooter().add(keep, move);
	}

	private void move() {
		this.alert.clear();
		try {
			if (this.day.getValue() == null || this.from.getValue() == null || this.to.getValue() == null) {
				throw new BookingException("trainer.error.date-missing");
			}
			this.courses.moveDate(this.date.id(),
					NewCourse.Slot.on(this.day.getValue(), this.from.getValue(), this.to.getValue()));
			close();
			this.onMoved.run();
		}
		catch (BookingException ex) {
			this.alert.show(getTranslation(ex.messageKey()));
		}
	}

}
