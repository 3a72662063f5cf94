package de.norderstedt.go.courses;

import java.time.Instant;
import java.util.List;

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
	 * @param guestEmail a booking without an account that left an e-mail address: the
	 * guest is told there
	 */
	public record BookingConfirmed(long bookingId, long dateId, @Nullable Long accountId, boolean guestEmail) {
	}

	/**
	 * A booking joined the waiting list at this position.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 * @param guestEmail as in {@link BookingConfirmed}
	 */
	public record BookingWaiting(long bookingId, long dateId, int position, @Nullable Long accountId,
			boolean guestEmail) {
	}

	/**
	 * A waiting booking got a place because someone cancelled or places were added.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 * @param guestEmail as in {@link BookingConfirmed}
	 */
	public record BookingPromoted(long bookingId, long dateId, @Nullable Long accountId, boolean guestEmail) {
	}

	/** A booking was cancelled. */
	public record BookingCancelled(long bookingId, long dateId) {
	}

	/**
	 * A confirmed booking's date starts within 24 hours.
	 *
	 * @param accountId as in {@link BookingConfirmed}
	 * @param guestEmail as in {@link BookingConfirmed}
	 */
	public record BookingReminderDue(long bookingId, long dateId, Instant startsAt, @Nullable Long accountId,
			boolean guestEmail) {
	}

	/**
	 * The name and contact of these bookings were deleted (by the guest with the code,
	 * with an account, or after the retention period): what was kept to tell them goes
	 * too.
	 */
	public record BookingsForgotten(List<Long> bookingIds) {
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
