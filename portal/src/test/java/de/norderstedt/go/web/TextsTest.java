package de.norderstedt.go.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextsTest {

	@Test
	void times_in_a_message_are_said_as_the_language_says_them() {
		assertThat(Texts.get("lockers.error.closed", Locale.GERMAN, LocalTime.of(8, 0), LocalTime.of(20, 30)))
			.isEqualTo("Die Station ist zu dieser Zeit geschlossen. Geöffnet ist sie von 08:00 bis 20:30 Uhr.");
		assertThat(Texts.get("lockers.error.closed", Locale.ENGLISH, LocalTime.of(8, 0), LocalTime.of(20, 30)))
			.isEqualTo("The station is closed at this time. It is open from "
					+ CityTime.time(LocalTime.of(8, 0), Locale.ENGLISH) + " to "
					+ CityTime.time(LocalTime.of(20, 30), Locale.ENGLISH) + ".")
			.doesNotContain("20:30");
	}

	@Test
	void days_in_a_message_are_said_as_the_language_says_them() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		String german = Texts.get("lockers.error.closed", Locale.GERMAN, day, LocalTime.NOON);
		assertThat(german).contains(CityTime.day(day, Locale.GERMAN)).doesNotContain("2026-12-03");
	}

	@Test
	void other_arguments_and_a_missing_key_are_left_as_they_are() {
		assertThat(Texts.get("lockers.minutes", Locale.ENGLISH, 5)).contains("5");
		assertThat(Texts.get("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key");
	}

}
