package de.norderstedt.go.web.ui;

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
 * Day and time fields that speak the page's language: German or English month and day
 * names, weeks starting on Monday, days typed the way people write them there, 24-hour
 * times in German, times in quarter hours. No calendar opens by itself over the field.
 */
public final class DayTimeFields {

	/** Vaadin lists weekdays from Sunday. */
	private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
			DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

	private DayTimeFields() {
	}

	public static DatePicker day() {
		DatePicker day = new DatePicker();
		day.setAutoOpen(false);
		return day;
	}

	public static TimePicker time() {
		TimePicker time = new TimePicker();
		time.setStep(Duration.ofMinutes(15));
		time.setAutoOpen(false);
		return time;
	}

	/**
	 * The calendar's month and day names in the language (German or English, see
	 * {@link Texts#supported}), the week starting on Monday.
	 */
	public static DatePicker.DatePickerI18n calendar(Locale language) {
		return new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdays(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.FULL, language)).toList())
			.setWeekdaysShort(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.SHORT, language)).toList())
			.setFirstDayOfWeek(1);
	}

	/**
	 * Labels a day field and makes it speak the page's language; a day may be typed as
	 * 24.12.2026 (also 24.12.26) in German and 24/12/2026 (also 2026-12-24) in English.
	 * @param today the calendar's button for today
	 * @param cancel the calendar's button that closes it
	 * @param badInput what the field says to a day it does not understand
	 */
	public static void translate(DatePicker day, String label, Locale locale, String today, String cancel,
			String badInput) {
		Locale language = Texts.supported(locale);
		day.setLabel(label);
		day.setLocale(language);
		DatePicker.DatePickerI18n i18n = calendar(language).setToday(today)
			.setCancel(cancel)
			.setBadInputErrorMessage(badInput);
		if ("de".equals(language.getLanguage())) {
			i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
		}
		else {
			i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
		}
		day.setI18n(i18n);
	}

	/** Labels a time field; German times have 24 hours. */
	public static void translate(TimePicker time, String label, Locale locale) {
		time.setLabel(label);
		time.setLocale("de".equals(Texts.supported(locale).getLanguage()) ? Locale.GERMANY : Locale.US);
	}

}
