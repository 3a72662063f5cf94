package de.norderstedt.go.kiosk.agent;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a generous timeout, so tests never depend on timing. */
final class Await {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private Await() {
	}

	static void until(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within " + TIMEOUT);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted", ex);
			}
		}
	}

}
