package de.norderstedt.go.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many tries each client address (and each code) has per period
 * ({@code go.rate-limits.*}). The defaults are far above what a person does by hand and
 * far below what a script needs to guess a code. A bucket is full again at the end of its
 * period (not drop by drop), so someone limited reads one time to come back.
 *
 * @param enabled whether any limit applies (off only for load tests of one's own)
 * @param codeLookups code lookups (ticket, booking search, calendar file, resume code,
 * handoff) per client address and {@code code-lookup-period}
 * @param codeLookupsPerTarget lookups of one and the same code, from anywhere, per
 * {@code code-lookup-period}
 * @param codeLookupPeriod the period of both code lookup limits
 * @param bookings course bookings per client address and {@code write-period}
 * @param feedback feedback messages per client address and {@code write-period}
 * @param ideas ideas and comments per client address and {@code write-period}
 * @param writePeriod the period of the limits of bookings, feedback and ideas
 * @param signIns password sign-ins per client address and {@code sign-in-period}, in
 * front of the per-account back-off of {@code go.accounts.*}
 * @param signInPeriod the period of the sign-in limit
 */
@ConfigurationProperties("go.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") int codeLookups,
		@DefaultValue("30") int codeLookupsPerTarget, @DefaultValue("1m") Duration codeLookupPeriod,
		@DefaultValue("30") int bookings, @DefaultValue("10") int feedback, @DefaultValue("30") int ideas,
		@DefaultValue("1h") Duration writePeriod, @DefaultValue("30") int signIns,
		@DefaultValue("10m") Duration signInPeriod) {

	public RateLimitProperties {
		for (int limit : new int[] { codeLookups, codeLookupsPerTarget, bookings, feedback, ideas, signIns }) {
			if (limit < 1) {
				throw new IllegalArgumentException("every go.rate-limits.* number must be at least 1, not " + limit);
			}
		}
		for (Duration period : new Duration[] { codeLookupPeriod, writePeriod, signInPeriod }) {
			if (period.isNegative() || period.toSeconds() < 1) {
				throw new IllegalArgumentException(
						"every go.rate-limits.*-period must be at least one second, not " + period);
			}
		}
	}

	/** How many tries per client address the kind allows in its period. */
	int perAddress(RateLimit limit) {
		return switch (limit) {
			case CODE_LOOKUP -> this.codeLookups;
			case BOOKING -> this.bookings;
			case FEEDBACK -> this.feedback;
			case IDEA -> this.ideas;
			case SIGN_IN -> this.signIns;
		};
	}

	/** The period of the kind's limits: the longest a limited person waits. */
	public Duration period(RateLimit limit) {
		return switch (limit) {
			case CODE_LOOKUP -> this.codeLookupPeriod;
			case BOOKING, FEEDBACK, IDEA -> this.writePeriod;
			case SIGN_IN -> this.signInPeriod;
		};
	}

}
