package de.norderstedt.go.courses;

/** Where a booking stands. */
public enum BookingStatus {

	/** Has a place. */
	CONFIRMED,

	/** On the waiting list, in order of booking. */
	WAITING,

	/** Given up (by the person or a trainer). */
	CANCELLED

}
