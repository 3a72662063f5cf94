package de.norderstedt.go.courses.ui;

import java.time.ZonedDateTime;

import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

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

	private final DatePicker day = DayTimeFields.day();

	private final TimePicker from = DayTimeFields.time();

	private final TimePicker to = DayTimeFields.time();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	MoveDateDialog(CourseDate date, CourseService courses, Runnable onMoved) {
		this.date = date;
		this.courses = courses;
		this.onMoved = onMoved;
		addClassName("trainer-dialog");
		setHeaderTitle(getTranslation("trainer.move.title"));
		ZonedDateTime start = date.startsAt().atZone(CityTime.ZONE);
		ZonedDateTime end = date.endsAt().atZone(CityTime.ZONE);
		this.day.setValue(start.toLocalDate());
		this.from.setValue(start.toLocalTime());
		this.to.setValue(end.toLocalTime());
		// one date: what is refused about the dates concerns this day
		this.refusals.field("dates", this.day);
		DateFields.translate(this.day, getTranslation("trainer.move.day"), getLocale());
		DayTimeFields.translate(this.from, getTranslation("trainer.dates.from"), getLocale());
		DayTimeFields.translate(this.to, getTranslation("trainer.dates.to"), getLocale());
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
		boolean moved = this.refusals.attempt(() -> {
			if (this.day.getValue() == null || this.from.getValue() == null || this.to.getValue() == null) {
				throw Refusal.at("dates", "trainer.error.date-missing");
			}
			this.courses.moveDate(this.date.id(),
					NewCourse.Slot.on(this.day.getValue(), this.from.getValue(), this.to.getValue()));
		});
		if (moved) {
			close();
			this.onMoved.run();
		}
	}

}
