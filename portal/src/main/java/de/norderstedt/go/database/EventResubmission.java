package de.norderstedt.go.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Completes events between features whose handling failed, also when the instance that
 * was handling them died.
 * <p>
 * Spring Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}) marks
 * an event publication failed when its listener has not started, or not finished, in time
 * since the event was published; a listener that throws marks it failed at once. This job
 * hands failed publications to their listeners again, on whichever instance comes first:
 * the registry claims each one with a single {@code UPDATE} (failed to resubmitted), so
 * two instances do not both take the same one. After every attempt the same publication
 * waits twice as long (one interval, two, four, … at most the longest pause), so a
 * listener that keeps failing does not run every few seconds. Listeners store what they
 * make once even when they run twice.
 * <p>
 * It replaces republishing every unfinished event at start, which Spring Modulith advises
 * against with several instances: another instance may be handling those events right
 * then.
 */
@Component
@ConditionalOnBooleanProperty(name = "go.events.resubmission.enabled", matchIfMissing = true)
class EventResubmission implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

	private final FailedEventPublications failed;

	private final EventResubmissionProperties properties;

	private final Clock clock;

	EventResubmission(FailedEventPublications failed, EventResubmissionProperties properties, Clock clock) {
		this.failed = failed;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration interval = this.properties.interval();
		registrar.addFixedDelayTask(new FixedDelayTask(this::resubmitDue, interval, interval));
	}

	/**
	 * Hands the failed event publications whose pause is over to their listeners again.
	 */
	void resubmitDue() {
		Instant now = this.clock.instant();
		try {
			this.failed.resubmit(ResubmissionOptions.defaults()
				.withBatchSize(this.properties.batchSize())
				// no more under way again at once than one round reads: the registry
				// reads
				// the batch size less those under way
				.withMaxInFlight(this.properties.batchSize())
				.withFilter(publication -> isDue(publication, now) && logged(publication)));
		}
		catch (RuntimeException ex) {
			log.warn("Handing failed events to their listeners again did not work; tried again in {}",
					this.properties.interval(), ex);
		}
	}

	/**
	 * Says which failed event goes to its listener again: its id and type, nothing
	 * personal.
	 */
	private static boolean logged(EventPublication publication) {
		log.info("Failed event publication {} ({}) goes to its listener again, attempt {}", publication.getIdentifier(),
				publication.getEvent().getClass().getSimpleName(), publication.getCompletionAttempts() + 1);
		return true;
	}

	/** Whether the publication's pause since its last new attempt is over. */
	boolean isDue(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate();
		return last == null || !last.plus(pauseAfter(publication.getCompletionAttempts())).isAfter(now);
	}

	/**
	 * The pause after that many new attempts: one interval, then twice as long each time.
	 */
	Duration pauseAfter(int attempts) {
		Duration pause = this.properties.interval();
		for (int i = 1; i < attempts && pause.compareTo(this.properties.longestPause()) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(this.properties.longestPause()) < 0 ? pause : this.properties.longestPause();
	}

}
