package de.norderstedt.go.courses.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseFilter;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.Place;
import org.jspecify.annotations.Nullable;

/**
 * The courses as the practice sees them: the real dates, read only, and the real checks
 * of name and contact; "booking" makes a sample booking in memory and stores nothing.
 * Where no date can be booked, one example date stands in, so that the practice never
 * ends at an empty list.
 */
class PracticeBookingPort implements BookingFlowPort {

	/** The example date and course; negative, so no stored row has it. */
	static final long EXAMPLE_ID = -1;

	/**
	 * Stands in for a booking code on the sample ticket; not 8 letters, so it cannot be
	 * one.
	 */
	static final String SAMPLE_CODE = "UEBUNG";

	private static final int EXAMPLE_CAPACITY = 10;

	private static final int EXAMPLE_BOOKED = 2;

	private final CourseService courses;

	/** The UI's texts in the visitor's language (key to text). */
	private final Function<String, String> texts;

	PracticeBookingPort(CourseService courses, Function<String, String> texts) {
		this.courses = courses;
		this.texts = texts;
	}

	@Override
	public List<CourseDate> upcoming(@Nullable Long placeId) {
		List<CourseDate> dates = this.courses
			.upcoming(placeId == null ? CourseFilter.all() : CourseFilter.atPlace(placeId));
		return dates.isEmpty() ? List.of(exampleDate()) : dates;
	}

	@Override
	public Optional<CourseDate> date(long dateId) {
		return dateId == EXAMPLE_ID ? Optional.of(exampleDate()) : this.courses.date(dateId);
	}

	@Override
	public Optional<Course> course(long courseId) {
		return courseId == EXAMPLE_ID ? Optional.of(exampleCourse()) : this.courses.course(courseId);
	}

	@Override
	public void checkName(String name) {
		this.courses.checkName(name);
	}

	@Override
	public void checkContact(@Nullable String phone, @Nullable String email) {
		this.courses.checkContact(phone, email);
	}

	/** Checks as a booking would, and stores nothing. */
	@Override
	public Booking book(BookingRequest request) {
		this.courses.checkName(request.name());
		this.courses.checkContact(request.phone(), request.email());
		Optional<CourseDate> date = date(request.dateId());
		boolean full = date.map(d -> d.freePlaces() == 0).orElse(false);
		int position = full ? date.get().waiting() + 1 : 0;
		return new Booking(0, request.dateId(), SAMPLE_CODE, full ? BookingStatus.WAITING : BookingStatus.CONFIRMED,
				request.name().strip(), request.phone(), request.email(), null, null, Instant.now(), null, false,
				position);
	}

	private CourseDate exampleDate() {
		LocalDate tuesday = LocalDate.now(CourseService.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		Instant start = tuesday.atTime(LocalTime.of(10, 0)).atZone(CourseService.ZONE).toInstant();
		return new CourseDate(EXAMPLE_ID, EXAMPLE_ID, text("courses.practice.example.title"), CourseTopic.SMARTPHONE,
				CourseLevel.BEGINNER, EXAMPLE_ID, text("courses.practice.example.place"), start,
				start.plus(Duration.ofMinutes(90)), EXAMPLE_CAPACITY, EXAMPLE_BOOKED, 0, 0, null, null, null);
	}

	private Course exampleCourse() {
		Place place = new Place(EXAMPLE_ID, text("courses.practice.example.place"),
				text("courses.practice.example.address"), true, true, true, 20);
		return new Course(EXAMPLE_ID, text("courses.practice.example.title"),
				text("courses.practice.example.description"), CourseTopic.SMARTPHONE, CourseLevel.BEGINNER,
				text("courses.practice.example.bring"), place, EXAMPLE_CAPACITY, 0, List.of(), List.of(exampleDate()));
	}

	private String text(String key) {
		return this.texts.apply(key);
	}

}
