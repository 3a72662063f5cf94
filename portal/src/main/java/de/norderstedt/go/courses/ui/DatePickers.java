package de.norderstedt.go.courses.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Texts;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that speak German or English, with the week starting on Monday. */
public final class DatePickers {

	private DatePickers() {
	}

	public static DatePicker.DatePickerI18n i18n(Locale locale) {
		Locale language = Texts.supported(locale);
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, language)).toList());
		List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, language)).toList());
		i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, language)).toList());
		i18n.setFirstDayOfWeek(1);
		i18n.setToday(Texts.get("courses.picker.today", language));
		i18n.setCancel(Texts.get("courses.picker.cancel", language));
		i18n.setDateFormat("de".equals(language.getLanguage()) ? "dd.MM.yyyy" : "yyyy-MM-dd");
		return i18n;
	}

}
