package de.norderstedt.go.courses.ui;

import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;

/**
 * The kiosk booking screens in practice mode: the same steps, nothing is stored (see
 * {@link PracticeBookingPort}). Made by {@link BookingPractices}.
 */
public class BookingPractice extends Div {

	private final BookingFlow flow;

	/**
	 * @param courses read only: the dates shown
	 * @param bookings the checks of name and contact; nothing is booked
	 * @param placeId the place whose dates are shown; all places when null
	 * @param guide speaks each step's instruction and hears of the end
	 */
	BookingPractice(CourseService courses, BookingService bookings, @Nullable Long placeId,
			PracticeGuide.Learner guide) {
		this.flow = new BookingFlow(new PracticeBookingPort(courses, bookings, key -> getTranslation(key), guide::say),
				new BookingFlow.Host() {

					@Override
					public void say(String text) {
						guide.say(text);
					}

					@Override
					public void leave() {
						// no way back from the first step: the player has its own
					}

					@Override
					public void booked(String spokenConfirmation) {
						// the sample ticket's own words have been said as it showed
						guide.finished();
					}

					@Override
					public void continueOnPhone() {
						// the sample ticket offers no phone
					}

					@Override
					public void finishVisit() {
						// the sample ticket offers no end of visit
					}

				});
		this.flow.atPlace(placeId);
		add(this.flow);
	}

	/** Starts again from the course list (the player's "Nochmal üben" / "Repeat"). */
	public void restart() {
		this.flow.restart();
	}

}
