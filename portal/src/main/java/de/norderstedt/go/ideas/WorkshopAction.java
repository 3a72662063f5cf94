package de.norderstedt.go.ideas;

/** What the audit trail of a workshop records. */
public enum WorkshopAction {

	/** Staff created the workshop. */
	CREATED,

	/** Staff entered one idea for somebody. */
	IDEA_CAPTURED,

	/** Staff imported a CSV file of ideas. */
	CSV_IMPORTED

}
