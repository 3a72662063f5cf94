package de.norderstedt.go.lockers;

/** Where a reservation stands. */
public enum ReservationStatus {

	/** Booked; the item is still in its compartment. */
	RESERVED,

	/** The compartment was opened with the pickup code. */
	PICKED_UP,

	/** The compartment was opened with the return code. */
	RETURNED,

	CANCELLED

}
