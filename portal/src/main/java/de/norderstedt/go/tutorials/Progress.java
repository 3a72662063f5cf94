package de.norderstedt.go.tutorials;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far a learner is in a tutorial.
 *
 * @param tutorial the tutorial's slug
 * @param step the id of the step the learner is at (or finished on)
 * @param finishedAt when the learner reached the finish screen; null while under way
 */
public record Progress(String tutorial, String step, @Nullable Instant finishedAt) {

	public boolean finished() {
		return this.finishedAt != null;
	}

}
