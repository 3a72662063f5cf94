package de.norderstedt.go.ideas;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A selected idea the city works on: what it does, how much of it is done, and its
 * milestones in their order.
 *
 * @param ideaState the state of the idea it came from (in progress, done, or not feasible
 * after all)
 * @param groupId the idea's lead working group, whose members run the project
 * @param finishedAt null while it runs
 */
public record Project(long id, long ideaId, String ideaTitle, IdeaState ideaState, @Nullable Long groupId, String title,
		String summary, int percentDone, Instant startedAt, @Nullable Instant finishedAt, List<Milestone> milestones) {

	public Project {
		milestones = List.copyOf(milestones);
	}

	public boolean isFinished() {
		return this.finishedAt != null;
	}

	/** Whether it is worked on: not finished, and its idea still in progress. */
	public boolean isRunning() {
		return this.finishedAt == null && this.ideaState == IdeaState.IN_PROGRESS;
	}

}
