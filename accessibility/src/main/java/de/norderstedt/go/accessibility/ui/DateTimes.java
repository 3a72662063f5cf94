package de.norderstedt.go.accessibility.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as people in Norderstedt read them: local time, in the page's language.
 */
public final class DateTimes {

	/** The time zone of Norderstedt. */
	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private DateTimes() {
	}

	/** "27.11.2026, 07:03:44" in German, "Nov 27, 2026, 7:03:44 AM" in English. */
	public static DateTimeFormatter medium(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(BERLIN);
	}

}
