package de.norderstedt.go.kiosk.agent;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the agent waits before it dials the portal again: doubling with every failed
 * attempt from the shortest to the longest wait, with jitter, and from the shortest again
 * once connected.
 */
final class Backoff {

	private final long min;

	private final long max;

	private int failedAttempts;

	Backoff(Duration min, Duration max) {
		this.min = min.toMillis();
		this.max = max.toMillis();
	}

	/** The wait before the next attempt, in milliseconds; counts a failed attempt. */
	long next() {
		int exponent = Math.min(this.failedAttempts, 20);
		this.failedAttempts++;
		long ceiling = Math.min(this.max, this.min << exponent);
		// jitter spreads the stations of a park out when the portal comes back after an
		// outage
		return Math.max(this.min, ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
	}

	/** Connected: the next wait is the shortest again. */
	void reset() {
		this.failedAttempts = 0;
	}

}
