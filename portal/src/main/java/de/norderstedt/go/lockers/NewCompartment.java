package de.norderstedt.go.lockers;

/** A compartment as staff enter it. */
public record NewCompartment(int number, int heightCm, CompartmentSize size, CompartmentState state) {
}
