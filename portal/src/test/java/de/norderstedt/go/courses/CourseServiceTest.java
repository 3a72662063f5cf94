package de.norderstedt.go.courses;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class CourseServiceTest {

	@Autowired
	CourseService courses;

	@Autowired
	ParticipantService participants;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	/** A new course with one date tomorrow; returns the date's id. */
	private long dateWithCapacity(int capacity) {
		this.accounts.ensure("course-admin", Role.ADMIN);
		this.accounts.signIn("course-admin");
		long place = this.courses.createPlace(new NewPlace("Stadtbücherei " + System.nanoTime(),
				"Rathausallee 50, 22846 Norderstedt", true, true, true, 20));
		this.accounts.ensure("course-trainer", Role.TRAINER);
		this.accounts.signIn("course-trainer");
		Instant start = Instant.now().plus(Duration.ofDays(1));
		List<Long> dates = this.courses.createCourse(new NewCourse("Das Smartphone kennenlernen",
				"Wir üben Tippen, Wischen und Anrufen.", CourseTopic.SMARTPHONE, CourseLevel.BEGINNER, "Ihr Smartphone",
				place, capacity, 0, List.of(new NewCourse.Slot(start, start.plusSeconds(5400)))));
		this.accounts.signOut();
		return dates.get(0);
	}

	private static BookingRequest person(long date, String name, String phone) {
		return new BookingRequest(date, name, phone, null, false);
	}

	@Test
	void a_full_date_puts_people_on_the_waiting_list_and_a_cancellation_promotes_the_first() {
		long date = dateWithCapacity(2);
		Booking first = this.courses.book(person(date, "Helga Möller", "040 111"));
		Booking second = this.courses.book(new BookingRequest(date, "Jens Peters", null, "jens@example.org", false));
		Booking third = this.courses.book(person(date, "Aylin Yıldız", "0151 2222"));
		assertThat(first.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(second.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(BookingStatus.WAITING);
		assertThat(third.waitingPosition()).isEqualTo(1);
		assertThat(first.code()).matches("[A-Z2-9]{8}");

		Booking cancelled = this.courses.cancel(first.code().toLowerCase());
		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.courses.findByCode(third.code()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.events.stream(BookingEvents.BookingPromoted.class))
			.containsExactly(new BookingEvents.BookingPromoted(third.id(), date, null));
		assertThat(this.events.stream(BookingEvents.BookingWaiting.class))
			.containsExactly(new BookingEvents.BookingWaiting(third.id(), date, 1, null));

		assertThatThrownBy(() -> this.courses.cancel(first.code())).isInstanceOf(BookingException.class)
			.hasMessage("courses.error.already-cancelled");
		assertThatThrownBy(() -> this.courses.cancel("ZZZZZZZZ")).isInstanceOf(BookingException.class)
			.hasMessage("courses.error.code-unknown");
	}

	@Test
	void many_people_booking_at_once_never_get_more_places_than_there_are() throws Exception {
		long date = dateWithCapacity(3);
		List<Callable<Booking>> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String phone = "040 5550" + String.format("%02d", i);
			requests.add(() -> this.courses.book(person(date, "Person " + phone, phone)));
		}
		List<Booking> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (Future<Booking> result : pool.invokeAll(requests)) {
				results.add(result.get());
			}
		}
		assertThat(results).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(3);
		assertThat(results).filteredOn(b -> b.status() == BookingStatus.WAITING)
			.extracting(Booking::waitingPosition)
			.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
	}

	@Test
	void the_same_person_cannot_book_a_date_twice_and_nothing_changes() {
		long date = dateWithCapacity(5);
		this.courses.book(new BookingRequest(date, "Helga", null, "helga@example.org", false));
		assertThatThrownBy(
				() -> this.courses.book(new BookingRequest(date, "Helga M.", null, "HELGA@example.org", false)))
			.isInstanceOf(BookingException.class)
			.hasMessage("courses.error.already-booked");

		this.accounts.ensure("course-resident", Role.RESIDENT);
		this.accounts.signIn("course-resident");
		this.courses.book(new BookingRequest(date, "Resi", null, null, true));
		assertThatThrownBy(() -> this.courses.book(new BookingRequest(date, "Resi", null, null, true)))
			.isInstanceOf(BookingException.class)
			.hasMessage("courses.error.already-booked");
	}

	@Test
	void bad_input_is_refused_with_a_reason() {
		long date = dateWithCapacity(5);
		assertRefused(person(date, "  ", "040 1"), "courses.error.name");
		assertRefused(person(date, "x".repeat(101), "040 123"), "courses.error.name");
		assertRefused(person(date, "Jürgen\u202E", "040 123"), "courses.error.name");
		assertRefused(person(date, "Zwei\nZeilen", "040 123"), "courses.error.name");
		assertRefused(person(date, "Helga", "call me"), "courses.error.phone");
		assertRefused(new BookingRequest(date, "Helga", null, "helga.example.org", false), "courses.error.email");
		assertRefused(new BookingRequest(date, "Helga", null, null, false), "courses.error.contact");
		assertRefused(person(Long.MAX_VALUE, "Helga", "040 123"), "courses.error.date-unknown");

		this.accounts.ensure("course-trainer", Role.TRAINER);
		this.accounts.signIn("course-trainer");
		Instant past = Instant.now().minusSeconds(3600);
		assertThatThrownBy(() -> this.courses.createCourse(new NewCourse("Alt", "Vorbei", CourseTopic.OTHER,
				CourseLevel.BEGINNER, null, 1, 5, 0, List.of(new NewCourse.Slot(past, past.plusSeconds(60))))))
			.isInstanceOf(BookingException.class);
		assertThat(this.participants.bookings(date)).isEmpty();
	}

	@Test
	void only_the_course_trainers_and_admins_see_who_booked() {
		long date = dateWithCapacity(5);
		this.accounts.ensure("other-trainer", Role.TRAINER);
		this.accounts.signIn("other-trainer");
		assertThatThrownBy(() -> this.participants.bookings(date)).isInstanceOf(AccessDeniedException.class);
		this.accounts.signIn("course-trainer");
		assertThat(this.participants.bookings(date)).isEmpty();
	}

	private void assertRefused(BookingRequest request, String key) {
		assertThatThrownBy(() -> this.courses.book(request)).isInstanceOf(BookingException.class).hasMessage(key);
	}

}
