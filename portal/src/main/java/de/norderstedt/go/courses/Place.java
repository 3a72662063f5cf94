package de.norderstedt.go.courses;

/**
 * A library or room where courses happen, with what people need to know before they come.
 */
public record Place(long id, String name, String address, boolean stepFree, boolean hearingLoop,
		boolean accessibleToilet, int seats) {
}
