package de.norderstedt.go.lockers;

/** How big a compartment is (a rollator needs a large one). */
public enum CompartmentSize {

	SMALL, MEDIUM, LARGE

}
