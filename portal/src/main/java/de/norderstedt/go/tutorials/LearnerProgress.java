package de.norderstedt.go.tutorials;

import java.util.List;

/**
 * What a participant of a trainer's course, who agreed to show it, has done in the
 * tutorials.
 *
 * @param name their name as given with the booking
 * @param finished slugs of the tutorials they finished, in the catalogue's order
 * @param started slugs of the tutorials they started and have not finished
 */
public record LearnerProgress(String name, List<String> finished, List<String> started) {

	public LearnerProgress {
		finished = List.copyOf(finished);
		started = List.copyOf(started);
	}

}
