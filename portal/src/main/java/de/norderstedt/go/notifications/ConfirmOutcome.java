package de.norderstedt.go.notifications;

/** What a confirmation link did, or would do. */
public enum ConfirmOutcome {

	/** A working link not opened yet (only when checking, never after confirming). */
	OPEN,

	CONFIRMED,

	/** The link was opened before: the address is confirmed already. */
	USED,

	EXPIRED,

	/** Not a link we sent, or one replaced by a newer link. */
	UNKNOWN

}
