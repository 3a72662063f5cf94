package de.norderstedt.go.devices;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to kiosk devices and locker agents, for features that keep a record of it
 * (the audit log). Published in the transaction of the change; each carries its own id
 * and the moment it happened. {@code byAccountId} is the admin who acted.
 */
public final class DeviceEvents {

	private DeviceEvents() {
	}

	/** An admin made a one-time enrollment code for a device (new or existing). */
	public record EnrollmentIssued(UUID id, Instant at, long deviceId, String deviceName, @Nullable Long byAccountId) {
	}

	/** A browser exchanged an enrollment code for the device's credential. */
	public record DeviceEnrolled(UUID id, Instant at, long deviceId, String deviceName) {
	}

	/** An admin revoked a device: it loses access at its next request. */
	public record DeviceRevoked(UUID id, Instant at, long deviceId, String deviceName, @Nullable Long byAccountId) {
	}

	/**
	 * A locker terminal's agent got a new credential; the previous one stopped working.
	 */
	public record AgentKeyRotated(UUID id, Instant at, long deviceId, String deviceName, @Nullable Long byAccountId) {
	}

}
