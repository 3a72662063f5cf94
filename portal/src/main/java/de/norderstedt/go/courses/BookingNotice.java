package de.norderstedt.go.courses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened to one of a person's bookings, shown in the app.
 *
 * @param detail the message text for {@link Kind#MESSAGE}, the reason for
 * {@link Kind#DATE_CANCELLED}, the new start (ISO instant) for {@link Kind#DATE_MOVED}
 */
public record BookingNotice(long id, Kind kind, String bookingCode, String courseTitle, Instant startsAt,
		@Nullable String detail, Instant createdAt, boolean read) {

	public enum Kind {

		CONFIRMED, WAITING, PROMOTED, REMINDER, DATE_CANCELLED, DATE_MOVED, MESSAGE

	}

}
