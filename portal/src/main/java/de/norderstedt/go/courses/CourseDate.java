package de.norderstedt.go.courses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One date of a course as people see it in lists: when, where, and how many places are
 * still free.
 */
public record CourseDate(long id, long courseId, String title, CourseTopic topic, CourseLevel level, long placeId,
		String placeName, Instant startsAt, Instant endsAt, int capacity, int confirmed, int waiting, int priceCents,
		@Nullable Instant cancelledAt, @Nullable String cancelReason, @Nullable String note) {

	/** Places left; never below zero. */
	public int freePlaces() {
		return Math.max(0, this.capacity - this.confirmed);
	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public boolean isFree() {
		return this.priceCents == 0;
	}

}
