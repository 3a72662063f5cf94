package de.norderstedt.go.courses;

/** What happens to bookings, for notifications and reminders. */
public final class BookingEvents {

	private BookingEvents() {
	}

	/** A booking got a place right away. */
	public record BookingConfirmed(long bookingId, long dateId) {
	}

	/** A booking joined the waiting list at this position. */
	public record BookingWaiting(long bookingId, long dateId, int position) {
	}

	/** A waiting booking got a place because someone cancelled. */
	public record BookingPromoted(long bookingId, long dateId) {
	}

	/** A booking was cancelled. */
	public record BookingCancelled(long bookingId, long dateId) {
	}

}
