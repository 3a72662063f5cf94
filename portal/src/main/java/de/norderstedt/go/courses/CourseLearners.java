package de.norderstedt.go.courses;

import java.util.List;

/**
 * A course of the signed-in trainer with a date today, as the trainer's view of tutorial
 * progress shows it: the participants who agreed, and how many are missing and why,
 * without their names.
 *
 * @param courseId the course
 * @param courseTitle its title
 * @param learners the confirmed participants of today's date who booked with their
 * account and agreed, by name
 * @param notAgreed confirmed participants with an account who did not agree (or withdrew)
 * @param withoutAccount confirmed participants booked without an account of their own (a
 * guest, or someone booked by another person): no progress is kept for them
 */
public record CourseLearners(long courseId, String courseTitle, List<Learner> learners, int notAgreed,
		int withoutAccount) {

	public CourseLearners {
		learners = List.copyOf(learners);
	}

}
