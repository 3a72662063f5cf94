package de.norderstedt.go.devices;

/** What a public touchscreen is for. */
public enum DeviceKind {

	LIBRARY_KIOSK, LOCKER_TERMINAL

}
