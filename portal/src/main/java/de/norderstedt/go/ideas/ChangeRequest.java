package de.norderstedt.go.ideas;

/** A moderator's request to the author of a waiting idea to change it. */
public record ChangeRequest(long ideaId, String title, String note, long authorId) {
}
