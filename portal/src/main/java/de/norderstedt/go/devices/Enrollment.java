package de.norderstedt.go.devices;

import java.time.Instant;

/**
 * A one-time enrollment code for a device: opening {@code /geraete/anmelden?code=…} on
 * the device before it expires turns it into the device's credential.
 */
public record Enrollment(Device device, String code, Instant expiresAt) {
}
