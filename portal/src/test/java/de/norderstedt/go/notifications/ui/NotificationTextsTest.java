package de.norderstedt.go.notifications.ui;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import de.norderstedt.go.notifications.Notification;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.web.CityTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextsTest {

	private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, CityTime.ZONE).toInstant();

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, CityTime.ZONE).toInstant();
	}

	@Test
	void today_and_yesterday_are_said_in_words_in_norderstedts_time() {
		assertThat(NotificationTexts.when(at(2026, 11, 27, 0, 5), NOW, Locale.GERMAN)).isEqualTo("heute um 00:05 Uhr");
		assertThat(NotificationTexts.when(at(2026, 11, 26, 23, 59), NOW, Locale.GERMAN))
			.isEqualTo("gestern um 23:59 Uhr");
		assertThat(NotificationTexts.when(at(2026, 11, 27, 8, 15), NOW, Locale.ENGLISH)).isEqualTo("today at 8:15 am");
		assertThat(NotificationTexts.when(at(2026, 11, 26, 18, 2), NOW, Locale.ENGLISH))
			.isEqualTo("yesterday at 6:02 pm");
	}

	@Test
	void a_midnight_in_utc_is_still_the_local_day() {
		// 23:30 UTC on the 26th is 00:30 on the 27th in Norderstedt
		assertThat(NotificationTexts.when(Instant.parse("2026-11-26T23:30:00Z"), NOW, Locale.GERMAN))
			.isEqualTo("heute um 00:30 Uhr");
	}

	@Test
	void older_days_get_their_date_and_other_years_their_year() {
		assertThat(NotificationTexts.when(at(2026, 11, 23, 10, 15), NOW, Locale.GERMAN))
			.isEqualTo("Mo., 23. Nov. um 10:15 Uhr");
		assertThat(NotificationTexts.when(at(2025, 12, 24, 16, 0), NOW, Locale.GERMAN))
			.isEqualTo("Mi., 24. Dez. 2025 um 16:00 Uhr");
		assertThat(NotificationTexts.when(at(2026, 11, 23, 10, 15), NOW, Locale.ENGLISH))
			.isEqualTo("Mon, 23 Nov at 10:15 am");
	}

	@Test
	void hours_of_the_quiet_time_read_as_on_a_clock() {
		assertThat(CityTime.time(LocalTime.of(21, 0), Locale.GERMAN)).isEqualTo("21:00");
		assertThat(CityTime.time(LocalTime.of(21, 0), Locale.ENGLISH)).isEqualTo("9:00 pm");
		assertThat(CityTime.time(LocalTime.of(0, 0), Locale.ENGLISH)).isEqualTo("12:00 am");
	}

	@Test
	void the_kind_is_said_in_words_and_urgent_news_is_a_warning() {
		assertThat(NotificationTexts.kindKey(notification(NotificationCategory.NEWS, false)))
			.isEqualTo("notifications.kind.news");
		assertThat(NotificationTexts.kindKey(notification(NotificationCategory.NEWS, true)))
			.isEqualTo("notifications.kind.warning");
		assertThat(NotificationTexts.kindKey(notification(NotificationCategory.BOOKING, false)))
			.isEqualTo("notifications.kind.booking");
		assertThat(NotificationTexts.kindKey(notification(NotificationCategory.LOCKER, false)))
			.isEqualTo("notifications.kind.locker");
	}

	private static Notification notification(NotificationCategory category, boolean urgent) {
		return new Notification(1, category, "Titel", "Text", "Title", "Text", null, urgent, NOW, null);
	}

}
