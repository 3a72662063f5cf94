package de.norderstedt.go.kiosk.codes;

/** What an access code lets its holder do at the locker. */
public enum CodeAction {

	/** Take the item out. */
	PICKUP,

	/** Put the item back. */
	RETURN

}
