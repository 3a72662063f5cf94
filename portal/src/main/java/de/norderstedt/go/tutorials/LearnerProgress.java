package de.norderstedt.go.tutorials;

import java.util.List;

/**
 * What a participant of a trainer's course has done in the tutorials.
 *
 * @param courseId the course they booked
 * @param courseTitle its title
 * @param name their name as given with the booking
 * @param finished slugs of the tutorials they finished, in the catalogue's order
 * @param started slugs of the tutorials they started and have not finished
 */
public record LearnerProgress(long courseId, String courseTitle, String name, List<String> finished,
		List<String> started) {
}
