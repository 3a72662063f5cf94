package de.norderstedt.go.ideas;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the Trendradar: a new trend in a few words, and the parked ideas it was
 * linked to.
 */
public record Trend(long id, String title, String description, Instant writtenAt, List<LinkedIdea> ideas) {

	/** A parked idea the trend was linked to. */
	public record LinkedIdea(long id, String title, IdeaState state) {
	}

}
