package de.norderstedt.go.lockers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's reservation of one item for a time slot.
 *
 * @param end the end of the slot: the item should be back by then
 * @param returnCondition what the person reported on return (null: not reported)
 * @param doorOpen the compartment was opened for the pickup or the return and its door
 * has not been reported closed since: the handover is under way, and completes when the
 * door closes
 */
public record Reservation(long id, long accountId, long stationId, String stationName, String stationPlace,
		int compartmentNumber, long itemId, ItemType type, String itemName, Instant start, Instant end,
		ReservationStatus status, @Nullable Instant pickedUpAt, @Nullable Instant returnedAt,
		@Nullable ItemCondition returnCondition, boolean doorOpen) {

	/** Picked up and not back after the end of the slot. */
	public boolean isOverdue(Instant now) {
		return this.status == ReservationStatus.PICKED_UP && this.end.isBefore(now);
	}

	/** Still to come or under way: can be cancelled only before pickup. */
	public boolean isActive() {
		return this.status == ReservationStatus.RESERVED || this.status == ReservationStatus.PICKED_UP;
	}

}
