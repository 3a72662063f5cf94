package de.norderstedt.go.ideas;

import java.time.Instant;

/** A comment on an idea, as its page shows it (without who wrote it). */
public record IdeaComment(long id, long ideaId, String body, Instant createdAt) {
}
