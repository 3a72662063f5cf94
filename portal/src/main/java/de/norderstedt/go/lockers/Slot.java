package de.norderstedt.go.lockers;

import java.time.Instant;

/**
 * A time one can reserve, with how many items of the chosen type are free for all of it.
 */
public record Slot(Instant start, Instant end, int free) {

	public boolean isAvailable() {
		return this.free > 0;
	}

}
