package de.norderstedt.go.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the signed-in person's e-mail address stands: e-mail goes out only to a confirmed
 * address.
 *
 * @param email the address in the person's settings
 * @param sentAt when the last confirmation link was sent, if one is open
 */
public record EmailStatus(String email, State state, @Nullable Instant sentAt) {

	public enum State {

		/** A link was sent and still works: waiting for the person to open it. */
		WAITING,

		/** No working link (never sent, expired, or deleted after a week). */
		NOT_CONFIRMED,

		CONFIRMED,

		/** The person stopped all e-mail to the address with the link in an e-mail. */
		UNSUBSCRIBED

	}

}
