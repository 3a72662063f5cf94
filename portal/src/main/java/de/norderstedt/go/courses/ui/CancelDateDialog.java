package de.norderstedt.go.courses.ui;

import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Cancels a date after asking once; everyone booked gets the reason, if there is one.
 */
class CancelDateDialog extends Dialog {

	private final CourseDate date;

	private final CourseService courses;

	private final Runnable onCancelled;

	private final TextArea reason = new TextArea();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	CancelDateDialog(CourseDate date, CourseService courses, Runnable onCancelled) {
		this.date = date;
		this.courses = courses;
		this.onCancelled = onCancelled;
		addClassName("trainer-dialog");
		setHeaderTitle(getTranslation("trainer.cancel.title"));
		this.reason.setLabel(getTranslation("trainer.cancel.reason"));
		this.reason.setHelperText(getTranslation("trainer.cancel.reason.help"));
		this.refusals.field("reason", this.reason);
		Div body = new Div(new Paragraph(getTranslation("trainer.cancel.text", CourseTexts.when(date, getLocale()),
				date.confirmed() + date.waiting())), this.reason, this.alert);
		body.addClassName("form");
		add(body);
		Button cancelDate = new Button(getTranslation("trainer.cancel.submit"), e -> cancelDate());
		cancelDate.addThemeName("primary");
		cancelDate.addThemeName("error");
		Button keep = new Button(getTranslation("trainer.cancel.keep"), e -> close());
		getFooter().add(keep, cancelDate);
	}

	private void cancelDate() {
		if (this.refusals.attempt(() -> this.courses.cancelDate(this.date.id(), this.reason.getValue()))) {
			close();
			this.onCancelled.run();
		}
	}

}
