package de.norderstedt.go.courses;

/** A booking with the date and place it is for: what a ticket shows. */
public record Ticket(Booking booking, CourseDate date, Place place) {
}
