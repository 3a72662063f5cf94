package de.norderstedt.go.courses;

/** A library or room as an admin enters it. */
public record NewPlace(String name, String address, boolean stepFree, boolean hearingLoop, boolean accessibleToilet,
		int seats) {
}
