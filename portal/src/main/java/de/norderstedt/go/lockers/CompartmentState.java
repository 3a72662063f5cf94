package de.norderstedt.go.lockers;

/** Whether a compartment can be lent from. */
public enum CompartmentState {

	IN_SERVICE,

	/** Staff are repairing or cleaning it: nothing can be reserved from it. */
	MAINTENANCE

}
