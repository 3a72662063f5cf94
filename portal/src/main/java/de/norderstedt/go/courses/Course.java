package de.norderstedt.go.courses;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A course with its place, trainers and dates (in order). */
public record Course(long id, String title, String description, CourseTopic topic, CourseLevel level,
		@Nullable String bring, Place place, int capacity, int priceCents, List<Trainer> trainers,
		List<CourseDate> dates) {

	/** Someone who runs the course. */
	public record Trainer(long accountId, String name) {
	}

	public boolean isFree() {
		return this.priceCents == 0;
	}

}
