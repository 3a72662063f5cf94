package de.norderstedt.go.devices;

/**
 * A kiosk screen whose task a person can carry on with on their own phone: the kiosk then
 * offers a one-time QR code that opens this portal address there.
 */
public interface ContinuesOnPhone {

	/** The portal path (starting with '/') that does the same task on a phone. */
	String portalPath();

	/**
	 * Whether the task can go on on a phone now; a screen with several steps may offer it
	 * at some of them only (it then tells its {@link KioskFrame} when that changes).
	 */
	default boolean continuesOnPhoneNow() {
		return true;
	}

}
