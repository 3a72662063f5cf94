package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An idea entered for a workshop.
 *
 * @param personName whom it is credited to; null once the name was deleted after the idea
 * was decided
 * @param receiptCode the code the person follows the idea with
 */
public record WorkshopIdea(long id, String title, @Nullable String personName, IdeaChannel channel,
		@Nullable String receiptCode, IdeaState state, Instant createdAt) {
}
