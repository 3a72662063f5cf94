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

	/**
	 * A booking got a place right away.
	 *
	 * @param accountId the account to tell: the person's own, or the one that booked for
	 * them; null for bookings made without an account
	 */
	public record BookingConfirmed(long bookingId, long dateId, @Nullable Long accountId) {
	}

	/**
	 * A booking joined the waiting list at this position.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 */
	public record BookingWaiting(long bookingId, long dateId, int position, @Nullable Long accountId) {
	}

	/**
	 * A waiting booking got a place because someone cancelled or places were added.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 */
	public record BookingPromoted(long bookingId, long dateId, @Nullable Long accountId) {
	}

	/** A booking was cancelled. */
	public record BookingCancelled(long bookingId, long dateId) {
	}

	/**
	 * A confirmed booking's date starts within 24 hours.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 */
	public record BookingReminderDue(long bookingId, long dateId, Instant startsAt, @Nullable Long accountId) {
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
