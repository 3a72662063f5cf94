package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * A moderator's request to the author of a waiting idea to change it.
 *
 * @param authorId the author's account; null when they follow the idea with a receipt
 * code (then they read it there, and by e-mail if they left an address)
 */
public record ChangeRequest(long ideaId, String title, String note, @Nullable Long authorId) {
}
