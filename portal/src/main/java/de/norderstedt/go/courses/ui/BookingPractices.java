package de.norderstedt.go.courses.ui;

import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Makes booking practices for tutorials (see {@link BookingPractice}). */
@Component
public class BookingPractices {

	private final CourseService courses;

	private final BookingService bookings;

	BookingPractices(CourseService courses, BookingService bookings) {
		this.courses = courses;
		this.bookings = bookings;
	}

	/**
	 * A practice on the kiosk booking screens.
	 * @param placeId the place whose dates are shown; all places when null
	 * @param guide speaks each step's instruction and hears of the end
	 */
	public BookingPractice open(@Nullable Long placeId, PracticeGuide.Learner guide) {
		return new BookingPractice(this.courses, this.bookings, placeId, guide);
	}

}
