package de.norderstedt.go.lockers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.kiosk.agent.Pi4jHardware;

/**
 * The doors of a simulated station, as people at a real one move them. A door whose lock
 * the relay released springs open (the mock board does that), and the person who took or
 * brought the item closes it again a short while later ({@code closesAfter}; zero: never,
 * someone must close it on the live board). Real stations report their doors; nothing
 * here runs for them.
 * <p>
 * Staff open and close a simulated door on the live board at any time, and it stays as
 * they leave it: their move cancels the pending close, and a door they hold open when the
 * relay pulses is not closed either.
 */
final class SimulatedDoors {

	private final Pi4jHardware hardware;

	private final ScheduledExecutorService timer;

	private volatile Duration closesAfter;

	/**
	 * The pending close of each door, by a number that changes with every move, so that a
	 * close that was overtaken (by staff, or by the next pulse) does nothing.
	 */
	private final Map<Integer, Long> pending = new HashMap<>();

	private long moves;

	SimulatedDoors(Pi4jHardware hardware, ScheduledExecutorService timer, Duration closesAfter) {
		this.hardware = hardware;
		this.timer = timer;
		this.closesAfter = closesAfter;
		hardware.onPulse((compartment, at) -> released(compartment));
	}

	/**
	 * How long a door that sprang open stays open from now on (zero: until someone closes
	 * it on the board).
	 */
	void closeAfter(Duration closesAfter) {
		this.closesAfter = closesAfter;
	}

	/** Staff open or close a door on the live board; it stays as they leave it. */
	synchronized void move(int compartment, boolean open) {
		this.pending.remove(compartment);
		this.hardware.simulateDoor(compartment, open);
	}

	/** Forgets every pending close (the station stops). */
	synchronized void stop() {
		this.pending.clear();
	}

	// called when the relay goes on, before the door springs open
	private synchronized void released(int compartment) {
		Duration after = this.closesAfter;
		if (after.isZero() || after.isNegative() || this.hardware.isOpen(compartment)) {
			// nobody closes it by themselves, or staff hold it open
			this.pending.remove(compartment);
			return;
		}
		long move = ++this.moves;
		this.pending.put(compartment, move);
		this.timer.schedule(() -> closeByItself(compartment, move), after.toMillis(), TimeUnit.MILLISECONDS);
	}

	private synchronized void closeByItself(int compartment, long move) {
		Long current = this.pending.get(compartment);
		if (current == null || current != move) {
			return;
		}
		this.pending.remove(compartment);
		if (this.hardware.isOpen(compartment)) {
			this.hardware.simulateDoor(compartment, false);
		}
	}

}
