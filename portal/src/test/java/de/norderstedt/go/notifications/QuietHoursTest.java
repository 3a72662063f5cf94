package de.norderstedt.go.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import de.norderstedt.go.web.CityTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

	private static final NotificationSettings NIGHT = NotificationSettings.DEFAULT;

	@Test
	void a_message_at_ten_in_the_evening_waits_until_eight_the_next_morning() {
		assertThat(QuietHours.release(berlin("2026-11-27T22:00"), NIGHT)).isEqualTo(berlin("2026-11-28T08:00"));
	}

	@Test
	void a_message_at_seven_in_the_morning_waits_until_eight_the_same_morning() {
		assertThat(QuietHours.release(berlin("2026-11-28T07:00"), NIGHT)).isEqualTo(berlin("2026-11-28T08:00"));
	}

	@Test
	void the_quiet_hours_begin_at_their_start_and_end_at_their_end() {
		assertThat(QuietHours.release(berlin("2026-11-27T20:59"), NIGHT)).isEqualTo(berlin("2026-11-27T20:59"));
		assertThat(QuietHours.release(berlin("2026-11-27T21:00"), NIGHT)).isEqualTo(berlin("2026-11-28T08:00"));
		assertThat(QuietHours.release(berlin("2026-11-28T08:00"), NIGHT)).isEqualTo(berlin("2026-11-28T08:00"));
	}

	@Test
	void a_message_in_the_day_goes_at_once() {
		assertThat(QuietHours.release(berlin("2026-11-27T12:00"), NIGHT)).isEqualTo(berlin("2026-11-27T12:00"));
	}

	@Test
	void quiet_hours_within_one_day_hold_messages_until_their_end() {
		NotificationSettings nap = NIGHT.withQuietHours(true, LocalTime.of(13, 0), LocalTime.of(15, 0));
		assertThat(QuietHours.release(berlin("2026-11-27T14:00"), nap)).isEqualTo(berlin("2026-11-27T15:00"));
		assertThat(QuietHours.release(berlin("2026-11-27T22:00"), nap)).isEqualTo(berlin("2026-11-27T22:00"));
	}

	@Test
	void without_quiet_hours_nothing_waits() {
		NotificationSettings off = NIGHT.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0));
		assertThat(QuietHours.release(berlin("2026-11-27T23:30"), off)).isEqualTo(berlin("2026-11-27T23:30"));
	}

	@Test
	void the_morning_after_the_clocks_change_is_eight_o_clock_local_time() {
		// the night of 24/25 October 2026: summer time ends at 03:00
		assertThat(QuietHours.release(berlin("2026-10-24T23:00"), NIGHT)).isEqualTo(berlin("2026-10-25T08:00"));
		assertThat(berlin("2026-10-25T08:00")).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
	}

	private static Instant berlin(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CityTime.ZONE).toInstant();
	}

}
