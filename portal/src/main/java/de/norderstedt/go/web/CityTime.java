package de.norderstedt.go.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Norderstedt's time: the city's zone, and dates and times as people there read them, in
 * the page's language. The one place for both; features and screens never name a zone or
 * a date pattern themselves.
 */
public final class CityTime {

	/** The time zone of Norderstedt. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter TIME_DE = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

	private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

	private CityTime() {
	}

	/** The day in Norderstedt at this moment. */
	public static LocalDate date(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/** The moment a day begins in Norderstedt. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	/** The moment of a day and a clock time in Norderstedt. */
	public static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ZONE).toInstant();
	}

	/** "Donnerstag, 3. Dezember 2026" or "Thursday, 3 December 2026". */
	public static String day(Instant instant, Locale locale) {
		return day(date(instant), locale);
	}

	/** "Donnerstag, 3. Dezember 2026" or "Thursday, 3 December 2026". */
	public static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Texts.supported(locale)).format(day);
	}

	/** "3. Dezember 2026" or "3 December 2026". */
	public static String longDay(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Texts.supported(locale))
			.format(date(instant));
	}

	/** "Do., 3. Dez." or "Thu, 3 Dec": short enough for a button. */
	public static String shortDay(LocalDate day, Locale locale) {
		Locale language = Texts.supported(locale);
		return DateTimeFormatter.ofPattern(english(language) ? "EEE, d MMM" : "EEE, d. MMM", language).format(day);
	}

	/** "10:00" (de) or "10:00 am" (en), in Norderstedt. */
	public static String time(Instant instant, Locale locale) {
		return time(instant.atZone(ZONE).toLocalTime(), locale);
	}

	/** "10:00" (de) or "10:00 am" (en). */
	public static String time(LocalTime time, Locale locale) {
		return english(Texts.supported(locale)) ? TIME_EN.format(time).toLowerCase(Locale.ENGLISH)
				: TIME_DE.format(time);
	}

	/**
	 * "27.11.2026, 07:03:44" or "Nov 27, 2026, 7:03:44 AM": for lists that staff read.
	 */
	public static String medium(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(Texts.supported(locale))
			.withZone(ZONE)
			.format(instant);
	}

	private static boolean english(Locale language) {
		return "en".equals(language.getLanguage());
	}

}
