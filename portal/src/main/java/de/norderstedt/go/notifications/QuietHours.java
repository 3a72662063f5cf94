package de.norderstedt.go.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When a message that must not wake anyone may go out. */
final class QuietHours {

	private QuietHours() {
	}

	/**
	 * Now, or the end of the person's quiet hours when now is within them. Quiet hours
	 * may span midnight (21:00–08:00) or not (13:00–15:00).
	 */
	static Instant release(Instant now, NotificationSettings settings) {
		if (!settings.quietHours()) {
			return now;
		}
		ZonedDateTime local = now.atZone(settings.zone());
		LocalTime time = local.toLocalTime();
		LocalTime from = settings.quietFrom();
		LocalTime until = settings.quietUntil();
		boolean overMidnight = from.isAfter(until);
		boolean quiet = overMidnight ? !time.isBefore(from) || time.isBefore(until)
				: !time.isBefore(from) && time.isBefore(until);
		if (!quiet) {
			return now;
		}
		LocalDate day = local.toLocalDate();
		if (overMidnight && !time.isBefore(from)) {
			day = day.plusDays(1);
		}
		return ZonedDateTime.of(day, until, settings.zone()).toInstant();
	}

}
