package de.norderstedt.go.ideas;

/**
 * A published idea a working group's round may take (in review or in the Ideenspeicher).
 *
 * @param due parked with a Wiedervorlage day that has come: the next round takes it
 */
public record RoundCandidate(long id, String title, IdeaState state, boolean due) {
}
