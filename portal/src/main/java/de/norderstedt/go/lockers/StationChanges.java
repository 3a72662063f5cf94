package de.norderstedt.go.lockers;

import de.norderstedt.go.signals.SignalFanOut;
import de.norderstedt.go.signals.Signals;
import de.norderstedt.go.signals.Subscription;
import org.springframework.stereotype.Component;

/**
 * Tells open screens (the staff's live board, the station's terminal) that something of a
 * station changed, on whichever portal instance it changed: a door, a compartment, an
 * item, a reservation, the agent's connection or its sign of life. The database signals
 * every such change itself ({@link Signals#LOCKERS}, migration V042); after the bus had
 * to reconnect, every screen is told, and reads the station again.
 */
@Component
public class StationChanges {

	private final SignalFanOut fanOut;

	StationChanges(Signals signals) {
		this.fanOut = signals.fanOut(Signals.LOCKERS);
	}

	/**
	 * Calls {@code changed} (on a background thread: use {@code UI.access}) whenever the
	 * station changes, until the subscription is closed.
	 */
	public Subscription listen(long stationId, Runnable changed) {
		return this.fanOut.listen(Long.toString(stationId), changed);
	}

}
