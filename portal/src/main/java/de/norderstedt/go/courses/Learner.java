package de.norderstedt.go.courses;

/**
 * A participant of a course who has an account (booked for themselves while signed in),
 * as the course's trainers see them when they look at learning progress.
 *
 * @param courseId the course
 * @param courseTitle the course's title
 * @param accountId the participant's account
 * @param name the name given with the booking
 */
public record Learner(long courseId, String courseTitle, long accountId, String name) {
}
