package de.norderstedt.go.lockers;

/** What happened at a station, as its event log keeps it. */
public enum StationEventKind {

	/** The portal opened a compartment for a code. */
	OPENED,

	/** The portal refused a code. */
	REFUSED,

	DOOR_OPENED, DOOR_CLOSED,

	/**
	 * The agent opened for a code it verified itself while the portal was unreachable.
	 */
	OFFLINE_OPENED,

	/** The agent refused a code while the portal was unreachable. */
	OFFLINE_REFUSED

}
