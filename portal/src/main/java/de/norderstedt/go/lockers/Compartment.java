package de.norderstedt.go.lockers;

/**
 * One compartment of a station.
 *
 * @param number the number on its door (1..255), unique in the station
 * @param heightCm height of its floor above the ground
 */
public record Compartment(long id, long stationId, int number, int heightCm, CompartmentSize size,
		CompartmentState state) {

	/**
	 * Floors between these heights can be reached from a wheelchair or without bending.
	 */
	public static final int REACHABLE_FROM_CM = 40;

	public static final int REACHABLE_TO_CM = 120;

	public boolean isReachable() {
		return this.heightCm >= REACHABLE_FROM_CM && this.heightCm <= REACHABLE_TO_CM;
	}

}
