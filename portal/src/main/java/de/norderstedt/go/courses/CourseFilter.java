package de.norderstedt.go.courses;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What residents narrow the list of upcoming dates by; null means any.
 *
 * @param day a calendar day in Norderstedt's time zone
 */
public record CourseFilter(@Nullable CourseTopic topic, @Nullable Long placeId, @Nullable LocalDate day,
		@Nullable CourseLevel level, boolean onlyWithFreePlaces) {

	public static CourseFilter all() {
		return new CourseFilter(null, null, null, null, false);
	}

	public static CourseFilter atPlace(long placeId) {
		return new CourseFilter(null, placeId, null, null, false);
	}

}
