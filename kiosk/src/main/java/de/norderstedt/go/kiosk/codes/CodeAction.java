package de.norderstedt.go.kiosk.codes;

/**
 * What a locker access code is for. Both open the compartment; the portal tells them
 * apart.
 */
public enum CodeAction {

	/** Taking the item out of the compartment. */
	PICKUP,

	/** Putting the item back. */
	RETURN

}
