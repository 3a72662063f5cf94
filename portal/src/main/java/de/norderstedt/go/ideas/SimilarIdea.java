package de.norderstedt.go.ideas;

/** A published idea that sounds like what a person is typing. */
public record SimilarIdea(long id, String title, IdeaState state, int supporters) {
}
