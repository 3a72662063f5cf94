package de.norderstedt.go.courses;

import java.time.Instant;

import de.norderstedt.go.web.CityTime;

/**
 * When a participant's consent lets the course's trainers see her tutorial progress
 * ("während des Kurses"): on the day of the booked date, from 0:00 to 24:00 in
 * Norderstedt. Each date of a course is booked on its own (a weekly course is several
 * bookings), so each meeting is agreed to on its own; before that day and after it the
 * trainers see nothing, also with a consent.
 */
final class ConsentWindow {

	private ConsentWindow() {
	}

	/** The moment the day (in Norderstedt) of this moment began. */
	static Instant dayStart(Instant moment) {
		return CityTime.startOf(CityTime.date(moment));
	}

	/** The moment the day (in Norderstedt) of this moment ends: the next day's start. */
	static Instant dayEnd(Instant moment) {
		return CityTime.startOf(CityTime.date(moment).plusDays(1));
	}

	/** Whether the day of a date that ends at {@code endsAt} is over. */
	static boolean over(Instant endsAt, Instant now) {
		return !now.isBefore(dayEnd(endsAt));
	}

}
