package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/** The words of an idea, as its author changed them. */
public record IdeaText(@Nullable String title, @Nullable String problem, @Nullable String proposal,
		@Nullable String beneficiaries) {
}
