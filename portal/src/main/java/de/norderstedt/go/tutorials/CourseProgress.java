package de.norderstedt.go.tutorials;

import java.util.List;

/**
 * A course of the signed-in trainer with a date today: what its participants who agreed
 * have done in the tutorials, and how many others there are, without names.
 *
 * @param courseId the course
 * @param courseTitle its title
 * @param learners the participants who agreed for today's date, by name
 * @param notAgreed participants with an account who did not agree (or withdrew)
 * @param withoutAccount participants booked without an account of their own, whose
 * progress is not kept
 */
public record CourseProgress(long courseId, String courseTitle, List<LearnerProgress> learners, int notAgreed,
		int withoutAccount) {

	public CourseProgress {
		learners = List.copyOf(learners);
	}

}
