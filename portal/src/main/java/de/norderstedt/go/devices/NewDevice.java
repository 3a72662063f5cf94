package de.norderstedt.go.devices;

import java.util.Set;

/** What an admin enters to enroll a device. */
public record NewDevice(String name, String place, DeviceKind kind, String language, int idleTimeoutSeconds,
		Set<DeviceFeature> features) {
}
