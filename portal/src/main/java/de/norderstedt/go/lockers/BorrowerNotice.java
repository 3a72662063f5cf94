package de.norderstedt.go.lockers;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message to the borrower of an overdue item, and each way it went.
 *
 * @param at when it was made
 * @param byStaff a reminder staff sent (otherwise the automatic overdue notice)
 * @param ways how it went: in the app, by push, by e-mail (empty: the person chose none)
 */
public record BorrowerNotice(Instant at, boolean byStaff, List<Way> ways) {

	/** The ways a message reaches a person. */
	public enum Channel {

		IN_APP, PUSH, EMAIL

	}

	/** How far a message got on one way. */
	public enum Outcome {

		/** Waiting to be sent (e.g. quiet hours, or a retry). */
		WAITING,
		/** Sent (in the app: in the person's notification centre). */
		SENT,
		/** Read in the notification centre. */
		READ,
		/** Given up: it could not be delivered, or its time ran out. */
		NOT_SENT

	}

	/**
	 * @param at when it was sent or read; when it is due, while waiting; null when given
	 * up
	 */
	public record Way(Channel channel, Outcome outcome, @Nullable Instant at) {
	}

}
