package de.norderstedt.go.devices;

/**
 * Whether the signed-in person may manage a locker terminal (e.g. renew its agent's
 * credential): answered by the feature that knows whom the terminal's station belongs to.
 */
public interface TerminalAccess {

	/** Whether the signed-in person may manage this locker terminal. */
	boolean mayManageTerminal(long deviceId);

}
