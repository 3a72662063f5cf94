package de.norderstedt.go.courses.ui;

import java.util.Locale;

import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.DayTimeFields;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The day fields of the trainers' forms (see {@link DayTimeFields}), with an example of
 * how to write a day under each.
 */
final class DateFields {

	private DateFields() {
	}

	/** Labels and names in the language of the locale. */
	static void translate(DatePicker day, String label, Locale locale) {
		Locale language = Texts.supported(locale);
		DayTimeFields.translate(day, label, language, Texts.get("trainer.day.today", language),
				Texts.get("trainer.day.cancel", language), Texts.get("trainer.error.day", language));
		day.setHelperText(Texts.get("trainer.day.help", language));
	}

}
