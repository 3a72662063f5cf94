package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A moderator's request to the author of a waiting idea to change it.
 *
 * @param answeredAt when the author sent the changed idea back; null while it is open
 */
public record ModerationNote(long id, String note, Instant at, @Nullable Instant answeredAt) {

	public boolean isOpen() {
		return this.answeredAt == null;
	}

}
