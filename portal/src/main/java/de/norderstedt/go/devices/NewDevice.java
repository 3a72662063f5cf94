package de.norderstedt.go.devices;

/** What an admin enters to enroll a device. */
public record NewDevice(String name, String place, DeviceKind kind, String language, int idleTimeoutSeconds) {
}
