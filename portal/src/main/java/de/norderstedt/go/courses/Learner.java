package de.norderstedt.go.courses;

/**
 * A participant of a course date that takes place today who booked with her account and
 * agreed that the course's trainers see her tutorial progress.
 *
 * @param accountId the participant's account
 * @param name the name given with the booking
 */
public record Learner(long accountId, String name) {
}
