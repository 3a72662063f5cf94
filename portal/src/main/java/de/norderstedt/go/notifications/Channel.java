package de.norderstedt.go.notifications;

/** The ways a person can be told. */
public enum Channel {

	/** The notification centre behind the bell. */
	IN_APP,

	/** Web Push to every browser the person allowed it in. */
	PUSH,

	/** E-mail to the address in the person's settings. */
	EMAIL

}
