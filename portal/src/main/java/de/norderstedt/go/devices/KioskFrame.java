package de.norderstedt.go.devices;

/**
 * The frame around kiosk screens, as a screen sees it: the screen finds it among its
 * parents and asks it to speak, to offer the phone, or to end the visit, without knowing
 * how the frame does it.
 */
public interface KioskFrame {

	/**
	 * Says a sentence out loud through the server's speech, in the visit's language and
	 * reading speed (nothing happens where no voice exists for the language).
	 */
	void say(String text);

	/**
	 * Says a sentence that holds what the person typed (or a code only they may know): as
	 * {@link #say}, but the audio travels in the visit's own session, never in an address
	 * or a cache that other visitors' requests share.
	 */
	void sayPrivately(String text);

	/**
	 * Says a sentence out loud as {@link #say} does, but only when the person asked for
	 * screens to be read aloud by themselves (a new step of a task announcing itself).
	 */
	void announce(String text);

	/**
	 * Shows the QR code that carries the current screen's task on to a phone (see
	 * {@link ContinuesOnPhone}), as the frame's own button does.
	 */
	void continueOnPhone();

	/**
	 * The screen changed what it offers (for example it can now continue on a phone): the
	 * frame updates its buttons.
	 */
	void screenChanged();

	/** Ends the visit: everything entered is wiped and the welcome screen comes back. */
	void finishVisit();

}
