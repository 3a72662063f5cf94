package de.norderstedt.go.courses.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Texts;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Day and time fields that speak the page's language: German month and day names, weeks
 * starting on Monday, 24-hour times in German, times in quarter hours.
 */
final class DateFields {

	private DateFields() {
	}

	static DatePicker day() {
		DatePicker day = new DatePicker();
		day.setAutoOpen(false);
		return day;
	}

	static TimePicker time() {
		TimePicker time = new TimePicker();
		time.setStep(Duration.ofMinutes(15));
		time.setAutoOpen(false);
		return time;
	}

	/** Labels and names in the language of the locale. */
	static void translate(DatePicker day, String label, Locale locale) {
		Locale language = Texts.supported(locale);
		day.setLabel(label);
		day.setLocale(language);
		// Vaadin lists weekdays from Sunday
		List<DayOfWeek> fromSunday = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, language)).toList())
			.setFirstDayOfWeek(1)
			.setToday(Texts.get("trainer.day.today", language))
			.setCancel(Texts.get("trainer.day.cancel", language))
			.setBadInputErrorMessage(Texts.get("trainer.error.day", language));
		if ("de".equals(language.getLanguage())) {
			i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
		}
		else {
			i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
		}
		day.setI18n(i18n);
		day.setHelperText(Texts.get("trainer.day.help", language));
	}

	static void translate(TimePicker time, String label, Locale locale) {
		time.setLabel(label);
		time.setLocale("de".equals(Texts.supported(locale).getLanguage()) ? Locale.GERMANY : Locale.US);
	}

}
