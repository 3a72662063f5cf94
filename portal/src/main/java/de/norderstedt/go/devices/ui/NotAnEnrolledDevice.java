package de.norderstedt.go.devices.ui;

/**
 * A kiosk screen was asked for by a browser that is not an enrolled public touchscreen
 * (or whose enrollment was revoked): answered with a refusal (HTTP 403) that explains how
 * a screen is enrolled.
 */
public class NotAnEnrolledDevice extends RuntimeException {

	public NotAnEnrolledDevice() {
		super("not an enrolled device", null, false, false);
	}

}
