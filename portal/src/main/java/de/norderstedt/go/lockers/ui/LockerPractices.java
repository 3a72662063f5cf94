package de.norderstedt.go.lockers.ui;

import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.springframework.stereotype.Component;

/** Makes reservation practices for tutorials (see {@link LockerPractice}). */
@Component
public class LockerPractices {

	private final LockerService lockers;

	LockerPractices(LockerService lockers) {
		this.lockers = lockers;
	}

	/**
	 * A practice on the reservation steps.
	 * @param guide speaks each step's instruction and hears of the end
	 */
	public LockerPractice open(PracticeGuide.Learner guide) {
		return new LockerPractice(this.lockers, guide);
	}

}
