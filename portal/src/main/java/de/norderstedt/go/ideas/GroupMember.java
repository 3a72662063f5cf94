package de.norderstedt.go.ideas;

/** A member of a working group; the chair decides the group's evaluation rounds. */
public record GroupMember(long accountId, String displayName, String username, boolean chair) {
}
