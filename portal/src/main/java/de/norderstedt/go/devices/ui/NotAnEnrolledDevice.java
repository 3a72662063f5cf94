package de.norderstedt.go.devices.ui;

/**
 * A kiosk screen was asked for by a browser that is not an enrolled public touchscreen
 * (or whose enrollment was revoked): answered with {@link KioskRefusedView}.
 */
public class NotAnEnrolledDevice extends RuntimeException {

	public NotAnEnrolledDevice() {
		super("not an enrolled device", null, false, false);
	}

}
