package de.norderstedt.go.ideas;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One step of a project, with the day it is planned for.
 *
 * @param position its place in the project's order, 1 first
 * @param reachedAt null while it is not reached
 */
public record Milestone(long id, int position, String title, @Nullable String description, LocalDate dueOn,
		@Nullable Instant reachedAt) {

	public boolean isReached() {
		return this.reachedAt != null;
	}

}
