package de.norderstedt.go.courses;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Places, courses and dates for tests, made through the service as a trainer would. */
@Component
public class TestCourses {

	public static final String TRAINER = "course-trainer";

	private final CourseService courses;

	private final PlaceService places;

	private final TestAccounts accounts;

	private final JdbcTemplate jdbc;

	TestCourses(CourseService courses, PlaceService places, TestAccounts accounts, JdbcTemplate jdbc) {
		this.courses = courses;
		this.places = places;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * Moves a date so that it began ten minutes ago and ends in 80 minutes: the course
	 * runs now. For what holds only while a date takes place, after people booked it
	 * (which they can only before it begins); no service moves a date into the past.
	 */
	public void beganJustNow(long dateId) {
		Instant start = Instant.now().minus(Duration.ofMinutes(10));
		this.jdbc.update("UPDATE course_date SET starts_at = ?, ends_at = ? WHERE id = ?", Timestamp.from(start),
				Timestamp.from(start.plus(Duration.ofMinutes(90))), dateId);
	}

	/** A new place with a unique name. */
	public long place(String name) {
		this.accounts.ensure("course-admin", Role.ADMIN);
		this.accounts.signIn("course-admin");
		try {
			return this.places.createPlace(new NewPlace(name + " " + System.nanoTime(),
					"Rathausallee 50, 22846 Norderstedt", true, true, true, 20));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A course run by {@link #TRAINER} with one date tomorrow; returns the date's id. */
	public long dateWithCapacity(int capacity) {
		Instant start = Instant.now().plus(Duration.ofDays(1));
		return course("Das Smartphone kennenlernen", place("Stadtbücherei"), capacity,
				List.of(new NewCourse.Slot(start, start.plusSeconds(5400))))
			.get(0);
	}

	/**
	 * A course with these dates at the place, run by {@link #TRAINER}; returns the date
	 * ids.
	 */
	public List<Long> course(String title, long place, int capacity, List<NewCourse.Slot> slots) {
		this.accounts.ensure(TRAINER, Role.TRAINER);
		this.accounts.signIn(TRAINER);
		try {
			return this.courses.createCourse(new NewCourse(title, "Wir üben Tippen, Wischen und Anrufen.",
					CourseTopic.SMARTPHONE, CourseLevel.BEGINNER, "Ihr Smartphone", place, capacity, 0, slots));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A slot on a day from now at a local time in Norderstedt, 90 minutes long. */
	public static NewCourse.Slot inDays(int days, int hour) {
		return NewCourse.Slot.on(CityTime.date(Instant.now()).plusDays(days), LocalTime.of(hour, 0),
				LocalTime.of(hour, 0).plusMinutes(90));
	}

}
