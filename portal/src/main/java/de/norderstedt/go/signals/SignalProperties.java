package de.norderstedt.go.signals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signal bus's connection ({@code go.signals.*}).
 *
 * @param pollTimeout how long one wait for signals lasts; a channel subscribed while the
 * bus waits is listened to after it
 * @param checkInterval how long the connection may be quiet before the bus checks that it
 * still works (a connection can die without a word, e.g. behind a firewall)
 * @param reconnectMin the first wait before a reconnect; doubled after every failed try
 * @param reconnectMax the longest wait between two tries
 */
@ConfigurationProperties("go.signals")
public record SignalProperties(@DefaultValue("1s") Duration pollTimeout, @DefaultValue("15s") Duration checkInterval,
		@DefaultValue("200ms") Duration reconnectMin, @DefaultValue("30s") Duration reconnectMax) {

	public SignalProperties {
		if (pollTimeout.toMillis() < 10 || checkInterval.toMillis() < 10 || reconnectMin.toMillis() < 10) {
			throw new IllegalArgumentException(
					"go.signals.poll-timeout, check-interval and reconnect-min must be" + " at least 10 milliseconds");
		}
		if (reconnectMax.compareTo(reconnectMin) < 0) {
			throw new IllegalArgumentException("go.signals.reconnect-max must not be shorter than reconnect-min");
		}
	}

}
