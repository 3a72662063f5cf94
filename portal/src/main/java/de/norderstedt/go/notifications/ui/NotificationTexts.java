package de.norderstedt.go.notifications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import de.norderstedt.go.notifications.Notification;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;

/**
 * How notifications are said: their kind in words, and when they came in Norderstedt's
 * local time, as people say it ("heute um 10:15 Uhr").
 */
final class NotificationTexts {

	private NotificationTexts() {
	}

	/** Neuigkeit, Warnung, Buchung, Schließfach or Idee. */
	static String kindKey(Notification notification) {
		return switch (notification.category()) {
			case NEWS -> notification.urgent() ? "notifications.kind.warning" : "notifications.kind.news";
			case BOOKING -> "notifications.kind.booking";
			case LOCKER -> "notifications.kind.locker";
			case IDEA -> "notifications.kind.idea";
		};
	}

	/**
	 * "heute um 10:15 Uhr", "gestern um 18:02 Uhr", "Mo., 23. Nov. um 10:15 Uhr", with
	 * the year when it is not this year's.
	 */
	static String when(Instant at, Instant now, Locale locale) {
		Locale language = Texts.supported(locale);
		LocalDate day = CityTime.date(at);
		LocalDate today = CityTime.date(now);
		String clock = CityTime.time(at, language);
		if (day.equals(today)) {
			return Texts.get("notifications.when.today", language, clock);
		}
		if (day.equals(today.minusDays(1))) {
			return Texts.get("notifications.when.yesterday", language, clock);
		}
		String shown = CityTime.shortDay(day, language);
		if (day.getYear() != today.getYear()) {
			shown += " " + day.getYear();
		}
		return Texts.get("notifications.when.day", language, shown, clock);
	}

}
