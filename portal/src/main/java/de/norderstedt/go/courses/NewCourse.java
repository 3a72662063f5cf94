package de.norderstedt.go.courses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

/**
 * A course as a trainer enters it, with its dates.
 *
 * @param priceCents 0 for free courses (most are)
 */
public record NewCourse(String title, String description, CourseTopic topic, CourseLevel level, @Nullable String bring,
		long placeId, int capacity, int priceCents, List<Slot> dates) {

	public CourseDetails details() {
		return new CourseDetails(this.title, this.description, this.topic, this.level, this.bring, this.placeId,
				this.capacity, this.priceCents);
	}

	/** When one date of the course takes place. */
	public record Slot(Instant startsAt, Instant endsAt) {

		/** A date on a day in Norderstedt, from and to a local time. */
		public static Slot on(LocalDate day, LocalTime from, LocalTime to) {
			return new Slot(CityTime.at(day, from), CityTime.at(day, to));
		}

		/**
		 * A weekly series: the same local time on {@code count} days a week apart (the
		 * local time stays the same across the change to and from summer time).
		 */
		public static List<Slot> weekly(LocalDate first, LocalTime from, LocalTime to, int count) {
			List<Slot> slots = new ArrayList<>();
			for (int week = 0; week < count; week++) {
				slots.add(on(first.plusWeeks(week), from, to));
			}
			return slots;
		}

	}

}
