package de.norderstedt.go.notifications;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** What became of one attempt to send a push message or an e-mail. */
sealed interface SendOutcome {

	/** Accepted by the push service or mail server. */
	record Sent() implements SendOutcome {
	}

	/** The push subscription no longer exists (404, 410): forget it. */
	record Gone(int status) implements SendOutcome {
	}

	/**
	 * Try again later (429, 5xx, a network error).
	 *
	 * @param retryAfter what the server asked for (Retry-After), if it did
	 */
	record RetryLater(@Nullable Duration retryAfter, String reason) implements SendOutcome {
	}

	/** Refused for good (e.g. 400, 413): retrying cannot help. */
	record Failed(String reason) implements SendOutcome {
	}

}
