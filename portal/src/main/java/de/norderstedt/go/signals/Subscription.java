package de.norderstedt.go.signals;

/**
 * A subscriber's place on the signal bus; closing it stops the callbacks.
 */
public interface Subscription extends AutoCloseable {

	@Override
	void close();

}
