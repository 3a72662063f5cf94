package de.norderstedt.go.courses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What happens to bookings and dates. They go through the event publication registry, so
 * notifications are never lost.
 */
public final class BookingEvents {

	private BookingEvents() {
	}

	/** A booking got a place right away. */
	public record BookingConfirmed(long bookingId, long dateId) {
	}

	/** A booking joined the waiting list at this position. */
	public record BookingWaiting(long bookingId, long dateId, int position) {
	}

	/** A waiting booking got a place because someone cancelled or places were added. */
	public record BookingPromoted(long bookingId, long dateId) {
	}

	/** A booking was cancelled. */
	public record BookingCancelled(long bookingId, long dateId) {
	}

	/** A confirmed booking's date starts within 24 hours. */
	public record BookingReminderDue(long bookingId, long dateId, Instant startsAt) {
	}

	/** A date does not take place; everyone booked is told. */
	public record CourseDateCancelled(long dateId, @Nullable String reason) {
	}

	/** A date takes place at another time; everyone booked is told. */
	public record CourseDateMoved(long dateId, Instant oldStart, Instant newStart, Instant newEnd) {
	}

	/** A trainer wrote to everyone booked for a date. */
	public record ParticipantsMessaged(long dateId, long messageId) {
	}

}
