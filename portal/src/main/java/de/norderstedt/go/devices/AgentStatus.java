package de.norderstedt.go.devices;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a device's agent (the program that drives a locker's relays) is connected.
 *
 * @param online connected, with a heartbeat within {@link #SILENCE}
 * @param lastSeen its last sign of life
 */
public record AgentStatus(boolean online, @Nullable Instant lastSeen) {

	/** Three missed heartbeats (one every 20 s) and the agent counts as gone. */
	public static final Duration SILENCE = Duration.ofSeconds(60);

}
