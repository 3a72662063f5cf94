package de.norderstedt.go.ideas;

/**
 * A published idea a working group's round may take (in review or in the Ideenspeicher).
 */
public record RoundCandidate(long id, String title, IdeaState state) {
}
