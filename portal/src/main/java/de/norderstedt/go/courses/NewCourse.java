package de.norderstedt.go.courses;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A course as a trainer enters it, with its dates.
 *
 * @param priceCents 0 for free courses (most are)
 */
public record NewCourse(String title, String description, CourseTopic topic, CourseLevel level, @Nullable String bring,
		long placeId, int capacity, int priceCents, List<Slot> dates) {

	/** When one date of the course takes place. */
	public record Slot(Instant startsAt, Instant endsAt) {
	}

}
