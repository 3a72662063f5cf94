package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An evaluation round of a working group; closing it publishes its decisions. */
public record Round(long id, IdeaGroup group, long criteriaSetId, String title, Instant openedAt,
		@Nullable Instant closedAt) {

	public boolean isOpen() {
		return this.closedAt == null;
	}

}
