package de.norderstedt.go.kiosk.agent;

/**
 * One compartment's wiring.
 *
 * @param number the compartment number, 1..255 (as in the access codes)
 * @param relayPin BCM pin of the relay that releases the lock
 * @param doorPin BCM pin of the door sensor
 * @param openWhenHigh true if the sensor reads HIGH while the door is open (the usual
 * wiring)
 */
public record CompartmentWiring(int number, int relayPin, int doorPin, boolean openWhenHigh) {

	/** Validates the numbers. */
	public CompartmentWiring {
		if (number < 1 || number > 255) {
			throw new IllegalArgumentException("Compartment number must be 1..255: " + number);
		}
		if (relayPin < 0 || doorPin < 0 || relayPin == doorPin) {
			throw new IllegalArgumentException("Compartment " + number + ": pins must be distinct and >= 0");
		}
	}

}
