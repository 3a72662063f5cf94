package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of an idea's way: the state it reached, when, and why in words.
 *
 * @param from the state before; null for the first entry (submitted)
 */
public record TimelineEntry(@Nullable IdeaState from, IdeaState to, String justification, Instant at) {
}
