package de.norderstedt.go.devices;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a device's agent (the program that drives a locker's relays) is connected.
 *
 * @param online connected to some portal instance, whose record of the connection
 * ({@code agent_connection}) it confirmed within {@link #SILENCE}
 * @param lastSeen its last sign of life
 */
public record AgentStatus(boolean online, @Nullable Instant lastSeen) {

	/**
	 * Three missed confirmations (one every 20 s, {@code go.devices.connection-refresh})
	 * and the connection counts as gone.
	 */
	public static final Duration SILENCE = Duration.ofSeconds(60);

}
