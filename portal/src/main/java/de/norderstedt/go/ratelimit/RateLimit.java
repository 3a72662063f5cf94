package de.norderstedt.go.ratelimit;

/**
 * What is limited. Each kind has its own buckets and its own numbers in
 * {@link RateLimitProperties}.
 */
public enum RateLimit {

	/**
	 * Looking up something by a code that stands for a person's data: a ticket, a booking
	 * code typed in, a calendar file, a resume code, a handoff link. Limited per client
	 * address and per code.
	 */
	CODE_LOOKUP("code"),

	/** Booking a course date (with or without an account). */
	BOOKING("booking"),

	/** Sending feedback on accessibility. */
	FEEDBACK("feedback"),

	/** Submitting an idea or a comment to the Ideenspeicher. */
	IDEA("idea"),

	/** Signing in with a password (before the per-account back-off). */
	SIGN_IN("sign-in");

	private final String key;

	RateLimit(String key) {
		this.key = key;
	}

	/** The short name the bucket's row id starts with. */
	String key() {
		return this.key;
	}

}
