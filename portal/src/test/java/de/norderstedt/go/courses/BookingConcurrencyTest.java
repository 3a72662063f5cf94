package de.norderstedt.go.courses;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity under load, against PostgreSQL: many people booking the last places of a date
 * at the same moment, with and without cancellations in between.
 */
@SpringBootTest
class BookingConcurrencyTest {

	@Autowired
	BookingService bookings;

	@Autowired
	ParticipantService participants;

	@Autowired
	TestCourses testCourses;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void two_hundred_simultaneous_bookings_for_the_last_five_places_confirm_exactly_five_and_queue_the_rest_without_gaps()
			throws Exception {
		long date = this.testCourses.dateWithCapacity(20);
		for (int i = 0; i < 15; i++) {
			this.bookings.book(person(date, "Vorher " + i, 1000 + i));
		}

		List<Booking> results = all(IntStream.range(0, 200)
			.<Callable<Booking>>mapToObj(i -> () -> this.bookings.book(person(date, "Gleichzeitig " + i, 2000 + i)))
			.toList());

		assertThat(results).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(5);
		List<Booking> stored = bookings(date);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(20);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.WAITING)
			.extracting(Booking::waitingPosition)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 195).boxed().toList());
		assertThat(results).filteredOn(b -> b.status() == BookingStatus.WAITING)
			.extracting(Booking::waitingPosition)
			.doesNotHaveDuplicates()
			.allSatisfy(position -> assertThat(position).isBetween(1, 195));
	}

	@Test
	void people_who_book_twice_at_the_same_moment_get_one_booking_and_the_places_after_them_stay_without_gaps()
			throws Exception {
		long date = this.testCourses.dateWithCapacity(30);
		// 60 people, every one twice at once: batches that meet a second booking of
		// someone
		// are undone and booked one by one
		List<Callable<Object>> work = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 60; i++) {
				int n = i;
				work.add(() -> {
					try {
						return this.bookings.book(person(date, "Doppelt " + n, 3000 + n));
					}
					catch (Refusal refusal) {
						return refusal.messageKey();
					}
				});
			}
		}

		List<Object> results = all(work);

		assertThat(results).filteredOn(Booking.class::isInstance).hasSize(60);
		assertThat(results).filteredOn(String.class::isInstance)
			.containsOnly("courses.error.already-booked")
			.hasSize(60);
		List<Booking> stored = bookings(date);
		assertThat(stored).extracting(Booking::phone).doesNotHaveDuplicates().hasSize(60);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(30);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.WAITING)
			.extracting(Booking::waitingPosition)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
	}

	@Test
	void cancellations_in_between_promote_waiting_people_and_never_overbook() throws Exception {
		long date = this.testCourses.dateWithCapacity(20);
		List<Booking> before = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			before.add(this.bookings.book(person(date, "Vorher " + i, 1000 + i)));
		}
		List<Callable<Object>> work = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			int n = i;
			work.add(() -> this.bookings.book(person(date, "Gleichzeitig " + n, 2000 + n)));
			if (i % 20 == 0) {
				Booking leaving = before.get(i / 20);
				work.add(() -> this.bookings.cancel(leaving.code()));
			}
		}
		all(work);

		List<Booking> stored = bookings(date);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.CANCELLED).hasSize(10);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(20);
		assertThat(stored).filteredOn(b -> b.status() == BookingStatus.WAITING)
			.extracting(Booking::waitingPosition)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 185).boxed().toList());
	}

	private List<Booking> bookings(long date) {
		this.accounts.ensure("course-admin", Role.ADMIN);
		this.accounts.signIn("course-admin");
		try {
			return this.participants.bookings(date);
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Runs all at once (50 threads released together) and returns what they returned. */
	@SuppressWarnings("unchecked")
	private static <T> List<T> all(List<? extends Callable<? extends T>> work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<T>> gated = new ArrayList<>();
		for (Callable<? extends T> task : work) {
			gated.add(() -> {
				start.await();
				return task.call();
			});
		}
		List<T> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : gated) {
				futures.add(pool.submit(task));
			}
			start.countDown();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
		}
		return results;
	}

	private static BookingRequest person(long date, String name, int number) {
		return new BookingRequest(date, name, "040 " + number, null, false);
	}

}
