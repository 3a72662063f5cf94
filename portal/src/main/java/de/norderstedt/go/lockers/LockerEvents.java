package de.norderstedt.go.lockers;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to locker reservations. They go through the event publication registry, so
 * notifications are never lost.
 */
public final class LockerEvents {

	private LockerEvents() {
	}

	public record ReservationConfirmed(long reservationId, long accountId, Instant start, Instant end) {
	}

	public record ReservationCancelled(long reservationId, long accountId) {
	}

	public record ReservationPickedUp(long reservationId, long accountId, Instant end) {
	}

	public record ReservationReturned(long reservationId, long accountId) {
	}

	/** The borrower reported the item damaged or dirty on return. */
	public record ItemReported(long reservationId, long itemId, ItemCondition condition) {
	}

	/** A picked-up item should be back soon. */
	public record ReservationEndingSoon(long reservationId, long accountId, Instant end) {
	}

	/** A picked-up item was not back at the end of the slot. */
	public record ReservationOverdue(long reservationId, long accountId, Instant end) {
	}

	/**
	 * Staff asked the borrower of an overdue item to bring it back (the number-th time).
	 *
	 * @param id the event's own id: its audit entry is stored once
	 * @param byAccountId the staff member who sent it
	 */
	public record BorrowerReminded(UUID id, Instant at, long reservationId, long accountId, long byAccountId,
			int number) {
	}

}
