package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A project in a list.
 *
 * @param reached milestones reached of {@code milestones}
 */
public record ProjectSummary(long id, long ideaId, String title, int percentDone, Instant startedAt,
		@Nullable Instant finishedAt, int reached, int milestones) {

	public boolean isFinished() {
		return this.finishedAt != null;
	}

}
