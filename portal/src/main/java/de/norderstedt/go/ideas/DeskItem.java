package de.norderstedt.go.ideas;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An idea on a working group's desk: published and waiting for the group's first answer,
 * or parked in the Ideenspeicher and due again.
 *
 * @param deadline the day the first answer is due (published + the group's days), or the
 * Wiedervorlage day of a parked idea
 * @param overdue no first answer yet and the deadline has passed
 * @param resubmitOn the Wiedervorlage day of a parked idea
 */
public record DeskItem(long id, String title, IdeaState state, long groupId, LocalDate deadline, boolean overdue,
		@Nullable LocalDate resubmitOn) {
}
