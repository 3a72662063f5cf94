package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published idea as open data: its public words and facts, nobody's name or contact.
 */
public record OpenIdea(long id, String title, String problem, String proposal, String beneficiaries, IdeaState state,
		@Nullable String leadGroup, @Nullable String district, @Nullable String topic, IdeaChannel channel,
		Instant publishedAt, Instant stateChangedAt, int supports, int kioskSupports, @Nullable Long mergedInto) {
}
