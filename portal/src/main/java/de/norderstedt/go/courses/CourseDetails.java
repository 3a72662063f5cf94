package de.norderstedt.go.courses;

import org.jspecify.annotations.Nullable;

/**
 * What a trainer can change about a course, apart from its dates.
 *
 * @param priceCents 0 for free courses (most are)
 */
public record CourseDetails(String title, String description, CourseTopic topic, CourseLevel level,
		@Nullable String bring, long placeId, int capacity, int priceCents) {
}
