package de.norderstedt.go.courses.ui;

import java.util.List;
import java.util.Optional;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseFilter;
import de.norderstedt.go.courses.CourseService;
import org.jspecify.annotations.Nullable;

/**
 * What the booking screens ({@link BookingFlow}) need from the courses: the real service
 * at the kiosk, a sandbox that stores nothing in practice mode.
 */
interface BookingFlowPort {

	/** Dates that can be booked at the place (all places when null), soonest first. */
	List<CourseDate> upcoming(@Nullable Long placeId);

	Optional<CourseDate> date(long dateId);

	Optional<Course> course(long courseId);

	/**
	 * @throws de.norderstedt.go.courses.BookingException with the reason
	 */
	void checkName(String name);

	/**
	 * @throws de.norderstedt.go.courses.BookingException with the reason
	 */
	void checkContact(@Nullable String phone, @Nullable String email);

	/**
	 * @throws de.norderstedt.go.courses.BookingException with the reason
	 */
	Booking book(BookingRequest request);

	/** The real courses: what is booked here is booked. */
	static BookingFlowPort of(CourseService courses) {
		return new BookingFlowPort() {

			@Override
			public List<CourseDate> upcoming(@Nullable Long placeId) {
				return courses.upcoming(placeId == null ? CourseFilter.all() : CourseFilter.atPlace(placeId));
			}

			@Override
			public Optional<CourseDate> date(long dateId) {
				return courses.date(dateId);
			}

			@Override
			public Optional<Course> course(long courseId) {
				return courses.course(courseId);
			}

			@Override
			public void checkName(String name) {
				courses.checkName(name);
			}

			@Override
			public void checkContact(@Nullable String phone, @Nullable String email) {
				courses.checkContact(phone, email);
			}

			@Override
			public Booking book(BookingRequest request) {
				return courses.book(request);
			}

		};
	}

}
