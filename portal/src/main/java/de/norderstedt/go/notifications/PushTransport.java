package de.norderstedt.go.notifications;

import java.time.Duration;

/** Sends one encrypted Web Push message (RFC 8030, 8291, 8292). */
interface PushTransport {

	/**
	 * Sends the message with the given time to live; urgent messages go with urgency
	 * high. Never throws for what the push service answers; that is the outcome.
	 */
	SendOutcome send(PushTarget target, OutgoingMessage message, Duration ttl);

}
