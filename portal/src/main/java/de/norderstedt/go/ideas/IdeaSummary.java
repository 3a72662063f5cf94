package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An idea in a list.
 *
 * @param supporters supports of people with an account and at kiosks together
 */
public record IdeaSummary(long id, String title, IdeaState state, @Nullable Long groupId, @Nullable Long districtId,
		@Nullable Long topicId, int supporters, Instant stateChangedAt) {
}
