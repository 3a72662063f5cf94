package de.norderstedt.go.ratelimit;

import java.time.Duration;

import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Refused because of too many tries: says in words when to try again. Nothing was looked
 * up or changed.
 */
public final class RateLimited extends Refusal {

	private final Duration retryAfter;

	RateLimited(Duration retryAfter) {
		this(null, retryAfter);
	}

	private RateLimited(@Nullable String field, Duration retryAfter) {
		super(field, messageKey(retryAfter), amount(retryAfter));
		this.retryAfter = retryAfter;
	}

	/** The same refusal, shown at one field of a form. */
	public RateLimited at(String field) {
		return new RateLimited(field, this.retryAfter);
	}

	/** How long until the next try is allowed. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * The wait in whole seconds, at least one, for an HTTP {@code Retry-After} header.
	 */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

	private static String messageKey(Duration wait) {
		return wait.toMinutes() >= 90 ? "rate-limit.wait-hours" : "rate-limit.wait-minutes";
	}

	private static long amount(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		if (wait.toMinutes() >= 90) {
			return (seconds + 3599) / 3600;
		}
		return (seconds + 59) / 60;
	}

}
