package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * What happens to ideas. They go through the event publication registry, so the author
 * and the supporters are told even when the portal stops in between.
 */
public final class IdeaEvents {

	private IdeaEvents() {
	}

	/**
	 * An idea reached a new state, with a written justification (the timeline entry).
	 *
	 * @param from null when the idea was just submitted
	 */
	public record IdeaStateChanged(long ideaId, long transitionId, @Nullable IdeaState from, IdeaState to) {
	}

	/** A moderator asked the author to change the idea before it is published. */
	public record ChangeRequested(long ideaId, long noteId) {
	}

	/**
	 * An idea was merged into another; its author and supporters who do not support that
	 * one yet are asked whether they do.
	 */
	public record IdeaMerged(long mergedId, long intoId) {
	}

	/** Staff linked a Trendradar entry to a parked idea; its lead group is told. */
	public record TrendLinked(long trendId, long ideaId) {
	}

	/**
	 * A milestone of the idea's project was reached: the authors and supporters of the
	 * idea and of the ideas merged into it hear of it.
	 */
	public record MilestoneReached(long projectId, long milestoneId) {
	}

}
