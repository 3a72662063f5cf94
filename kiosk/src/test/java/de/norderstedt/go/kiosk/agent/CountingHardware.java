package de.norderstedt.go.kiosk.agent;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A test double of the relays: counts every pulse the agent asks for. Doors stay closed.
 */
final class CountingHardware implements LockerHardware {

	final List<Integer> pulses = new CopyOnWriteArrayList<>();

	private final Set<Integer> compartments;

	CountingHardware(Set<Integer> compartments) {
		this.compartments = Set.copyOf(compartments);
	}

	@Override
	public void pulse(int compartment) {
		if (!this.compartments.contains(compartment)) {
			throw new IllegalArgumentException("No compartment " + compartment);
		}
		this.pulses.add(compartment);
	}

	@Override
	public boolean isOpen(int compartment) {
		return false;
	}

	@Override
	public void onDoorChange(BiConsumer<Integer, Boolean> listener) {
	}

	@Override
	public Set<Integer> compartments() {
		return this.compartments;
	}

	@Override
	public void close() {
	}

}
