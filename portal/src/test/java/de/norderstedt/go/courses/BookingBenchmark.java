package de.norderstedt.go.courses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code bin/bench-bookings}: 50 people booking one date at the same time, again and
 * again, against the embedded PostgreSQL; prints bookings per second and latency
 * percentiles. Not part of the test suite (the name does not end in Test): a benchmark
 * prints figures, it asserts nothing.
 */
@SpringBootTest(properties = "go.courses.reminders=false")
class BookingBenchmark {

	private static final int BOOKERS = 50;

	private static final int WARM_UP = 500;

	private static final int MEASURED = 3000;

	@Autowired
	BookingService bookings;

	@Autowired
	TestCourses testCourses;

	@Test
	void bookings_per_second_with_fifty_concurrent_bookers_on_one_date() throws Exception {
		run(this.testCourses.dateWithCapacity(500), WARM_UP, "warm-up");
		String result = run(this.testCourses.dateWithCapacity(500), MEASURED, "measured");
		System.out.println(result);
		Path out = Path.of("target", "bench-bookings.txt");
		try {
			Files.writeString(out, result);
		}
		catch (IOException ex) {
			// printed above already
		}
	}

	private String run(long date, int total, String label) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		long began;
		try (ExecutorService pool = Executors.newFixedThreadPool(BOOKERS)) {
			List<Future<?>> bookers = new ArrayList<>();
			for (int b = 0; b < BOOKERS; b++) {
				bookers.add(pool.submit(() -> {
					start.await();
					for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						this.bookings.book(new BookingRequest(date, "Person " + n, "040 " + (100000 + n), null, false));
						latencies.add(System.nanoTime() - t0);
					}
					return null;
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<?> booker : bookers) {
				booker.get();
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return String.format(
				"Bookings (%s): %d bookings by %d concurrent bookers on one date (capacity 500, the rest waiting) in %.2f s%n"
						+ "  throughput: %.0f bookings/s (goal >= 50)%n"
						+ "  latency: p50 %.1f ms, p95 %.1f ms (goal <= 100), p99 %.1f ms, max %.1f ms%n",
				label, total, BOOKERS, seconds, total / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
				sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
