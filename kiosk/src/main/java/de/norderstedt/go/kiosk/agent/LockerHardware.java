package de.norderstedt.go.kiosk.agent;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The relays and door sensors of one locker station.
 */
public interface LockerHardware extends AutoCloseable {

	/**
	 * Switches the compartment's relay on for the configured pulse, then off. Returns
	 * without waiting for the pulse to end.
	 * @param compartment the compartment number
	 * @throws IllegalArgumentException for an unknown compartment
	 */
	void pulse(int compartment);

	/**
	 * Reads the door sensor.
	 * @param compartment the compartment number
	 * @return whether the door is open
	 * @throws IllegalArgumentException for an unknown compartment
	 */
	boolean isOpen(int compartment);

	/**
	 * Adds a listener for door changes.
	 * @param listener receives (compartment, open)
	 */
	void onDoorChange(BiConsumer<Integer, Boolean> listener);

	/**
	 * Lists the compartments.
	 * @return the compartment numbers
	 */
	Set<Integer> compartments();

	/** Releases the pins; never throws a checked exception. */
	@Override
	void close();

	/**
	 * Creates the Pi4J hardware: the real board (gpiod) or the mock platform, as the
	 * config says.
	 * @param config the agent configuration
	 * @return the hardware
	 */
	static Pi4jHardware create(AgentConfig config) {
		return config.mock() ? Pi4jHardware.mock(config.compartments(), config.pulse())
				: Pi4jHardware.board(config.compartments(), config.pulse());
	}

}
