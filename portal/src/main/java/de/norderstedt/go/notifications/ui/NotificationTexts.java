package de.norderstedt.go.notifications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.norderstedt.go.notifications.Notification;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.web.Texts;

/**
 * How notifications are said: their kind in words, and when they came in Norderstedt's
 * local time, as people say it ("heute um 10:15 Uhr").
 */
final class NotificationTexts {

	private NotificationTexts() {
	}

	/** Neuigkeit, Warnung, Buchung or Schließfach. */
	static String kindKey(Notification notification) {
		return switch (notification.category()) {
			case NEWS -> notification.urgent() ? "notifications.kind.warning" : "notifications.kind.news";
			case BOOKING -> "notifications.kind.booking";
			case LOCKER -> "notifications.kind.locker";
		};
	}

	/**
	 * "heute um 10:15 Uhr", "gestern um 18:02 Uhr", "Mo., 23. Nov. um 10:15 Uhr", with
	 * the year when it is not this year's.
	 */
	static String when(Instant at, Instant now, Locale locale) {
		Locale language = Texts.supported(locale);
		ZonedDateTime time = at.atZone(NotificationSettings.BERLIN);
		LocalDate day = time.toLocalDate();
		LocalDate today = now.atZone(NotificationSettings.BERLIN).toLocalDate();
		String clock = time(time.toLocalTime(), language);
		if (day.equals(today)) {
			return Texts.get("notifications.when.today", language, clock);
		}
		if (day.equals(today.minusDays(1))) {
			return Texts.get("notifications.when.yesterday", language, clock);
		}
		boolean english = "en".equals(language.getLanguage());
		String pattern = day.getYear() == today.getYear() ? (english ? "EEE, d MMM" : "EEE, d. MMM")
				: (english ? "EEE, d MMM yyyy" : "EEE, d. MMM yyyy");
		return Texts.get("notifications.when.day", language, DateTimeFormatter.ofPattern(pattern, language).format(day),
				clock);
	}

	/** "10:15" (de) or "10:15 am" (en). */
	static String time(LocalTime time, Locale locale) {
		return "en".equals(Texts.supported(locale).getLanguage())
				? DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH).format(time).toLowerCase(Locale.ENGLISH)
				: DateTimeFormatter.ofPattern("HH:mm").format(time);
	}

}
