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
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Refusals;
import org.jspecify.annotations.Nullable;
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
class BookingServiceTest {

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

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
		long place = this.places.createPlace(new NewPlace("Stadtbücherei " + System.nanoTime(),
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
		Booking first = this.bookings.book(person(date, "Helga Möller", "040 111"));
		Booking second = this.bookings.book(new BookingRequest(date, "Jens Peters", null, "jens@example.org", false));
		Booking third = this.bookings.book(person(date, "Aylin Yıldız", "0151 2222"));
		assertThat(first.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(second.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(BookingStatus.WAITING);
		assertThat(third.waitingPosition()).isEqualTo(1);
		assertThat(first.code()).matches("[A-Z2-9]{8}");

		Booking cancelled = this.bookings.cancel(first.code().toLowerCase());
		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.bookings.findByCode(third.code()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.events.stream(BookingEvents.BookingPromoted.class))
			.containsExactly(new BookingEvents.BookingPromoted(third.id(), date, null, false));
		assertThat(this.events.stream(BookingEvents.BookingWaiting.class))
			.containsExactly(new BookingEvents.BookingWaiting(third.id(), date, 1, null, false));

		Refusals.assertRefused(() -> this.bookings.cancel(first.code()), null, "courses.error.already-cancelled");
		Refusals.assertRefused(() -> this.bookings.cancel("ZZZZZZZZ"), "code", "courses.error.code-unknown");
	}

	@Test
	void many_people_booking_at_once_never_get_more_places_than_there_are() throws Exception {
		long date = dateWithCapacity(3);
		List<Callable<Booking>> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String phone = "040 5550" + String.format("%02d", i);
			requests.add(() -> this.bookings.book(person(date, "Person " + phone, phone)));
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
		this.bookings.book(new BookingRequest(date, "Helga", null, "helga@example.org", false));
		Refusals.assertRefused(
				() -> this.bookings.book(new BookingRequest(date, "Helga M.", null, "HELGA@example.org", false)), null,
				"courses.error.already-booked");

		this.accounts.ensure("course-resident", Role.RESIDENT);
		this.accounts.signIn("course-resident");
		this.bookings.book(new BookingRequest(date, "Resi", null, null, true));
		Refusals.assertRefused(() -> this.bookings.book(new BookingRequest(date, "Resi", null, null, true)), null,
				"courses.error.already-booked");
	}

	@Test
	void bad_input_is_refused_with_a_reason() {
		long date = dateWithCapacity(5);
		assertRefused(person(date, "  ", "040 1"), "name", "courses.error.name");
		assertRefused(person(date, "4711", "040 1"), "name", "courses.error.name");
		assertRefused(person(date, "x".repeat(101), "040 123"), "name", Input.TOO_LONG);
		assertRefused(person(date, "Jürgen\u202E", "040 123"), "name", Input.INVISIBLE);
		assertRefused(person(date, "Zwei\nZeilen", "040 123"), "name", Input.INVISIBLE);
		assertRefused(person(date, "Helga", "call me"), "phone", "courses.error.phone");
		assertRefused(person(date, "Helga", "0".repeat(31)), "phone", Input.TOO_LONG);
		assertRefused(new BookingRequest(date, "Helga", null, "helga.example.org", false), "email",
				"courses.error.email");
		assertRefused(new BookingRequest(date, "Helga", null, "h@" + "x".repeat(250) + ".de", false), "email",
				Input.TOO_LONG);
		assertRefused(new BookingRequest(date, "Helga", null, null, false), "phone", "courses.error.contact");
		assertRefused(person(Long.MAX_VALUE, "Helga", "040 123"), "date", "courses.error.date-unknown");

		this.accounts.ensure("course-trainer", Role.TRAINER);
		this.accounts.signIn("course-trainer");
		Instant past = Instant.now().minusSeconds(3600);
		assertThatThrownBy(() -> this.courses.createCourse(new NewCourse("Alt", "Vorbei", CourseTopic.OTHER,
				CourseLevel.BEGINNER, null, 1, 5, 0, List.of(new NewCourse.Slot(past, past.plusSeconds(60))))))
			.isInstanceOf(Refusal.class);
		assertThat(this.participants.bookings(date)).isEmpty();
	}

	@Test
	void a_pasted_name_of_five_thousand_characters_is_refused_in_words_at_the_name_and_nothing_is_booked() {
		long date = dateWithCapacity(5);
		assertThatThrownBy(() -> this.bookings.book(person(date, "Helga ".repeat(834), "040 123")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.field()).contains("name");
				assertThat(refusal.messageKey()).isEqualTo(Input.TOO_LONG);
				assertThat(refusal.text(java.util.Locale.GERMAN))
					.isEqualTo("Dieser Text ist zu lang: 5.003 Zeichen. Erlaubt sind höchstens 100 Zeichen. "
							+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
			});
		assertThatThrownBy(() -> this.bookings.checkName("x".repeat(5000))).isInstanceOf(Refusal.class);
		this.accounts.signIn("course-trainer");
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

	private void assertRefused(BookingRequest request, @Nullable String field, String key) {
		Refusals.assertRefused(() -> this.bookings.book(request), field, key);
	}

}
