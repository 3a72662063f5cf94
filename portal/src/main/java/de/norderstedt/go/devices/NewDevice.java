package de.norderstedt.go.devices;

import java.util.Set;

import de.norderstedt.go.accounts.Language;

/** What an admin enters to enroll a device. */
public record NewDevice(String name, String place, DeviceKind kind, Language language, int idleTimeoutSeconds,
		Set<DeviceFeature> features) {
}
