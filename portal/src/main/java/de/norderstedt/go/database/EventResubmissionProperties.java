package de.norderstedt.go.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed events between features are handed to their listeners again
 * ({@link EventResubmission}).
 *
 * @param interval how often an instance looks for failed events, and the pause after the
 * first new attempt for the same event
 * @param longestPause the longest pause between attempts for the same event: the pause
 * doubles after every attempt up to this
 * @param batchSize how many events one round hands on at most, and how many may be under
 * way again at once
 */
@ConfigurationProperties("go.events.resubmission")
public record EventResubmissionProperties(@DefaultValue("30s") Duration interval,
		@DefaultValue("1h") Duration longestPause, @DefaultValue("100") int batchSize) {

	public EventResubmissionProperties {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("go.events.resubmission.interval must be longer than zero");
		}
		if (longestPause.compareTo(interval) < 0) {
			throw new IllegalArgumentException(
					"go.events.resubmission.longest-pause must be at least go.events.resubmission.interval");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("go.events.resubmission.batch-size must be at least 1");
		}
	}

}
