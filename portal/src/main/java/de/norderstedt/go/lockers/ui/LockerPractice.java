package de.norderstedt.go.lockers.ui;

import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.web.ui.PracticeGuide;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * The reservation steps in practice mode: the same steps, nothing is reserved (see
 * {@link PracticeReservationPort}). Made by {@link LockerPractices}.
 */
public class LockerPractice extends Div {

	private final PracticeReservationPort port;

	private final ReservationFlow flow;

	/**
	 * @param lockers read only: the stations and their free times, and the checks of a
	 * time; nothing is reserved
	 * @param guide speaks each step's instruction and hears of the end
	 */
	LockerPractice(LockerService lockers, PracticeGuide.Learner guide) {
		this.port = new PracticeReservationPort(lockers, this, guide::say, guide::finished);
		this.flow = new ReservationFlow(this.port);
		add(this.flow);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.port.attached(this.flow);
	}

	/** Starts again with nothing chosen (the player's "Nochmal üben" / "Repeat"). */
	public void restart() {
		this.port.restarted(this.flow);
	}

}
