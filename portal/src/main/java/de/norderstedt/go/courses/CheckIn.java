package de.norderstedt.go.courses;

/**
 * The result of checking a ticket in.
 *
 * @param alreadyCheckedIn the ticket had been checked in before; nothing changed
 */
public record CheckIn(Booking booking, boolean alreadyCheckedIn) {
}
