package de.norderstedt.go.news.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Texts;

import com.vaadin.flow.component.datepicker.DatePicker;

/** A day field in the page's language, weeks starting on Monday. */
final class DatePickerTexts {

	private DatePickerTexts() {
	}

	static void translate(DatePicker day, String label, Locale locale) {
		Locale language = Texts.supported(locale);
		day.setLabel(label);
		day.setLocale(language);
		// Vaadin lists weekdays from Sunday
		List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, language)).toList())
			.setFirstDayOfWeek(1)
			.setToday(Texts.get("news.picker.today", language))
			.setCancel(Texts.get("news.picker.cancel", language))
			.setBadInputErrorMessage(Texts.get("news.error.when", language));
		if ("de".equals(language.getLanguage())) {
			i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
		}
		else {
			i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
		}
		day.setI18n(i18n);
	}

}
