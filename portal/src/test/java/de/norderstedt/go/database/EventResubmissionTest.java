package de.norderstedt.go.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Which failed event publications go to their listeners again, and how long the same one
 * waits between attempts.
 */
class EventResubmissionTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final List<ResubmissionOptions> rounds = new ArrayList<>();

	private final EventResubmission resubmission = new EventResubmission(this.rounds::add,
			new EventResubmissionProperties(Duration.ofSeconds(30), Duration.ofHours(1), 100),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void the_pause_doubles_after_every_attempt_up_to_the_longest() {
		assertThat(this.resubmission.pauseAfter(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.resubmission.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.resubmission.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.resubmission.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.resubmission.pauseAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(this.resubmission.pauseAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(this.resubmission.pauseAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void a_publication_never_tried_again_goes_at_once_and_a_tried_one_after_its_pause() {
		assertThat(this.resubmission.isDue(publication(null, 0), NOW)).isTrue();
		assertThat(this.resubmission.isDue(publication(NOW.minusSeconds(29), 1), NOW)).isFalse();
		assertThat(this.resubmission.isDue(publication(NOW.minusSeconds(30), 1), NOW)).isTrue();
		assertThat(this.resubmission.isDue(publication(NOW.minusSeconds(90), 3), NOW)).isFalse();
		assertThat(this.resubmission.isDue(publication(NOW.minusSeconds(120), 3), NOW)).isTrue();
	}

	@Test
	void a_round_reads_at_most_a_batch_and_hands_on_only_the_publications_that_are_due() {
		this.resubmission.resubmitDue();

		assertThat(this.rounds).singleElement().satisfies(options -> {
			assertThat(options.getBatchSize()).isEqualTo(100);
			assertThat(options.getMaxInFlight()).isEqualTo(100);
			assertThat(options.getFilter().test(publication(null, 0))).isTrue();
			assertThat(options.getFilter().test(publication(NOW.minusSeconds(10), 1))).isFalse();
		});
	}

	@Test
	void settings_that_would_never_run_or_run_without_pause_are_refused_by_name() {
		assertThatThrownBy(() -> new EventResubmissionProperties(Duration.ZERO, Duration.ofHours(1), 100))
			.hasMessageContaining("go.events.resubmission.interval");
		assertThatThrownBy(() -> new EventResubmissionProperties(Duration.ofMinutes(5), Duration.ofMinutes(1), 100))
			.hasMessageContaining("go.events.resubmission.longest-pause");
		assertThatThrownBy(() -> new EventResubmissionProperties(Duration.ofSeconds(30), Duration.ofHours(1), 0))
			.hasMessageContaining("go.events.resubmission.batch-size");
	}

	private static EventPublication publication(@Nullable Instant lastResubmission, int attempts) {
		return new EventPublication() {

			private final UUID id = UUID.randomUUID();

			@Override
			public UUID getIdentifier() {
				return this.id;
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return NOW.minus(Duration.ofHours(2));
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public @Nullable Instant getLastResubmissionDate() {
				return lastResubmission;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}

		};
	}

}
