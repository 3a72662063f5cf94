package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * An idea just stored.
 *
 * @param receiptCode the code a person without an account follows the idea with; null
 * when an account follows it
 */
public record SubmittedIdea(long id, @Nullable String receiptCode) {
}
