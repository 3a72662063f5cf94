package de.norderstedt.go.feedback;

import java.time.Instant;

import de.norderstedt.go.accounts.Language;

import org.jspecify.annotations.Nullable;

/** A message someone sent about a barrier on the platform. */
public record Feedback(long id, String message, @Nullable String name, @Nullable String contact, @Nullable String page,
		Language language, Instant createdAt) {
}
