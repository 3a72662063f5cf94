package de.norderstedt.go.courses;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.HikariDataSource;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code bin/bench-bookings}: 50 people booking one date at the same time, again and
 * again, against the embedded PostgreSQL; prints bookings per second, latency percentiles
 * and where a booking's time goes. Ten of the 50 bookers are signed in and book for
 * others, so every one of their bookings is told to their account through the event
 * publication registry and the notifications feature, as in life; the other 40 book as
 * guests (name and phone number). Not part of the test suite (the name does not end in
 * Test): a benchmark prints figures, it asserts nothing.
 * <p>
 * The split comes from measuring, not from switching parts off: the booking transactions
 * (lock, SQL, the registry's rows written in them) are timed around
 * {@link BookingRepository} and Spring Modulith's {@link EventPublicationRepository}; the
 * event handlers are timed by a {@link TaskDecorator} on the executor that runs them; CPU
 * time comes from the threads themselves and, for PostgreSQL, from {@code /proc}.
 */
@SpringBootTest(properties = "go.courses.reminders=false")
@Import(BookingBenchmark.Instruments.class)
class BookingBenchmark {

	private static final int BOOKERS = 50;

	/** Bookers signed in, each booking for others: each booking is told to them. */
	private static final int SIGNED_IN = 10;

	private static final int WARM_UP = 500;

	private static final int MEASURED = 3000;

	/**
	 * Measured runs, one after another, each on a date of its own ({@code -Dbench.runs}).
	 */
	private static final int RUNS = Integer.getInteger("bench.runs", 3);

	private static final Timings TIMINGS = new Timings();

	@Autowired
	BookingService bookings;

	@Autowired
	TestCourses testCourses;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	Environment environment;

	@Test
	void bookings_per_second_with_fifty_concurrent_bookers_on_one_date() throws Exception {
		for (int b = 0; b < SIGNED_IN; b++) {
			this.accounts.ensure("bench-booker-" + b, Role.RESIDENT);
		}
		run(this.testCourses.dateWithCapacity(500), WARM_UP, "warm-up");
		drained(System.nanoTime());
		StringBuilder results = new StringBuilder();
		for (int r = 1; r <= RUNS; r++) {
			results.append(run(this.testCourses.dateWithCapacity(500), MEASURED, "run " + r + " of " + RUNS));
			drained(System.nanoTime());
		}
		String result = results.toString();
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
		LongAdder bookerCpu = new LongAdder();
		LongAdder signedInBookings = new LongAdder();
		CountDownLatch start = new CountDownLatch(1);
		int notificationsBefore = bookingNotifications();
		TIMINGS.reset();
		long pgCpuBefore = postgresCpuNanos();
		long jvmCpuBefore = processCpuNanos();
		long began;
		long ended;
		try (ExecutorService pool = Executors.newFixedThreadPool(BOOKERS, bookerThreads())) {
			List<Future<?>> bookers = new ArrayList<>();
			for (int b = 0; b < BOOKERS; b++) {
				String account = b < SIGNED_IN ? "bench-booker-" + b : null;
				bookers.add(pool.submit(() -> {
					if (account != null) {
						this.accounts.signIn(account);
					}
					long cpu0 = threads().getCurrentThreadCpuTime();
					start.await();
					for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						this.bookings.book(new BookingRequest(date, "Person " + n, "040 " + (100000 + n), null, false));
						latencies.add(System.nanoTime() - t0);
						if (account != null) {
							signedInBookings.increment();
						}
					}
					bookerCpu.add(threads().getCurrentThreadCpuTime() - cpu0);
					this.accounts.signOut();
					return null;
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<?> booker : bookers) {
				booker.get();
			}
			ended = System.nanoTime();
		}
		double seconds = (ended - began) / 1e9;
		long jvmCpu = processCpuNanos() - jvmCpuBefore;
		long pgCpu = postgresCpuNanos() - pgCpuBefore;
		double drainSeconds = drained(ended);
		long pgCpuDrained = postgresCpuNanos() - pgCpuBefore;
		long jvmCpuDrained = processCpuNanos() - jvmCpuBefore;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		int told = bookingNotifications() - notificationsBefore;
		long published = TIMINGS.count("create");
		return String.format(Locale.ROOT,
				"Bookings (%s): %d bookings by %d concurrent bookers on one date (capacity 500, the rest waiting) in %.2f s;"
						+ " %d bookers signed in and booking for others (%d bookings), %d as guests%n"
						+ "  throughput: %.0f bookings/s (goal >= 1000)%n"
						+ "  latency: p50 %.1f ms, p95 %.1f ms (goal <= 100), p99 %.1f ms, max %.1f ms%n" + "%s"
						+ "  guarantees: %d events stored in the publication registry, %d still unhandled %.1f s after the last booking"
						+ " (all handled %s); %d booking notifications for the %d bookings of signed-in bookers%n"
						+ "  settings: connection pool %d, event handler threads %s, completion mode %s; %d cores, load %s%n",
				label, total, BOOKERS, seconds, SIGNED_IN, signedInBookings.sum(), BOOKERS - SIGNED_IN, total / seconds,
				ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6,
				TIMINGS.split(total, seconds, bookerCpu.sum(), jvmCpu, pgCpu, jvmCpuDrained, pgCpuDrained), published,
				unhandled(), drainSeconds,
				drainSeconds < 0 ? "NOT within 120 s"
						: String.format(Locale.ROOT, "%.2f s after the last booking", drainSeconds),
				told, signedInBookings.sum(), this.dataSource.getMaximumPoolSize(),
				this.environment.getProperty("spring.task.execution.pool.core-size", "8"),
				this.environment.getProperty("spring.modulith.events.completion-mode", "update"),
				Runtime.getRuntime().availableProcessors(), loadAverage());
	}

	/**
	 * Waits until the registry holds no unhandled event; seconds after {@code since}, or
	 * -1 after two minutes.
	 */
	private double drained(long since) throws InterruptedException {
		long until = System.nanoTime() + 120_000_000_000L;
		while (unhandled() > 0) {
			if (System.nanoTime() > until) {
				return -1;
			}
			Thread.sleep(5);
		}
		return Math.max(0, (System.nanoTime() - since) / 1e9);
	}

	private int unhandled() {
		return count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
	}

	private int bookingNotifications() {
		return count("SELECT count(*) FROM notification WHERE category = 'BOOKING'");
	}

	private int count(String sql) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class);
		return count == null ? 0 : count;
	}

	private static ThreadFactory bookerThreads() {
		AtomicInteger number = new AtomicInteger();
		return runnable -> new Thread(runnable, "booker-" + number.incrementAndGet());
	}

	private static ThreadMXBean threads() {
		return ManagementFactory.getThreadMXBean();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * CPU time of the embedded PostgreSQL (the postmaster listening on the pool's port
	 * and its backends), from /proc; 0 when it cannot be read.
	 */
	private long postgresCpuNanos() {
		String port = this.dataSource.getJdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
		Optional<ProcessHandle> postmaster = ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(port)).orElse(false))
			.filter(p -> p.parent()
				.map(parent -> !parent.info().command().orElse("").endsWith("postgres"))
				.orElse(true))
			.findFirst();
		if (postmaster.isEmpty()) {
			return 0;
		}
		long ticks = ticks(postmaster.get().pid(), true);
		for (ProcessHandle child : postmaster.get().descendants().toList()) {
			ticks += ticks(child.pid(), false);
		}
		// USER_HZ is 100 on Linux
		return ticks * 10_000_000L;
	}

	private static long ticks(long pid, boolean withExitedChildren) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields from the state on: utime is the 14th field of the line, the 12th
			// here
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return withExitedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** Time and counts by what was measured; reset before each run. */
	static final class Timings {

		private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

		private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

		private final List<Long> handlerWaits = Collections.synchronizedList(new ArrayList<>());

		void reset() {
			this.nanos.clear();
			this.counts.clear();
			this.handlerWaits.clear();
		}

		void add(String what, long nanos) {
			this.nanos.computeIfAbsent(what, k -> new LongAdder()).add(nanos);
			this.counts.computeIfAbsent(what, k -> new LongAdder()).increment();
		}

		long nanos(String what) {
			LongAdder sum = this.nanos.get(what);
			return sum == null ? 0 : sum.sum();
		}

		long count(String what) {
			LongAdder count = this.counts.get(what);
			return count == null ? 0 : count.sum();
		}

		void handlerWait(long nanos) {
			this.handlerWaits.add(nanos);
		}

		String split(int bookings, double seconds, long bookerCpu, long jvmCpu, long pgCpu, long jvmCpuDrained,
				long pgCpuDrained) {
			long batches = count("batch");
			double perBatch = batches == 0 ? 0.0 : (double) bookings / batches;
			double wall = seconds * 1e9;
			List<Long> waits = new ArrayList<>(this.handlerWaits);
			Collections.sort(waits);
			long handlerCpu = nanos("handler-cpu");
			return String.format(Locale.ROOT, "  where the time goes (sums over the run; %.2f s of wall time):%n"
					+ "    booking transactions: %d, %.1f bookings each; the date's lock held %.0f ms in all (%.0f %% of the run),"
					+ " per booking %.2f ms%n"
					+ "      in them: waiting for the lock %.0f ms, booking SQL (counts, inserts) %.0f ms,"
					+ " publication registry rows %.0f ms (%d rows, %.3f ms each), commit and the rest %.0f ms%n"
					+ "    event handlers after commit: %d runs, %.0f ms of running (%.2f ms each; registry marks %.0f ms),"
					+ " queue wait p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
					+ "    CPU while booking: bookers' threads %.2f s, handlers' threads %.2f s, rest of the JVM %.2f s,"
					+ " PostgreSQL %.2f s = %.2f of 2 cores;%n"
					+ "      until every event was handled: JVM %.2f s, PostgreSQL %.2f s (%.2f ms CPU per booking)%n",
					seconds, batches, perBatch, nanos("batch") / 1e6, 100 * nanos("batch") / wall,
					batches == 0 ? 0.0 : nanos("batch") / 1e6 / bookings, nanos("lock") / 1e6,
					(nanos("counts") + nanos("insert")) / 1e6, nanos("create") / 1e6, count("create"),
					count("create") == 0 ? 0.0 : nanos("create") / 1e6 / count("create"),
					(nanos("batch") - nanos("lock") - nanos("counts") - nanos("insert") - nanos("create")) / 1e6,
					count("handler"), nanos("handler") / 1e6,
					count("handler") == 0 ? 0.0 : nanos("handler") / 1e6 / count("handler"), nanos("mark") / 1e6,
					quantile(waits, 0.5), quantile(waits, 0.95), quantile(waits, 1.0), bookerCpu / 1e9,
					handlerCpu / 1e9, (jvmCpu - bookerCpu - handlerCpu) / 1e9, pgCpu / 1e9, (jvmCpu + pgCpu) / wall,
					jvmCpuDrained / 1e9, pgCpuDrained / 1e9, (jvmCpuDrained + pgCpuDrained) / 1e6 / bookings);
		}

		private static double quantile(List<Long> sorted, double quantile) {
			return sorted.isEmpty() ? 0.0 : ms(sorted, quantile);
		}

	}

	/**
	 * Timers around the parts a booking passes through; they change nothing but measure.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Instruments {

		/** Times each event handler run, its wait in the queue and its CPU. */
		@Bean
		TaskDecorator timedHandlers() {
			return runnable -> {
				long queued = System.nanoTime();
				return () -> {
					if (Thread.currentThread().getName().startsWith("scheduling")) {
						// scheduled jobs, not event handlers
						runnable.run();
						return;
					}
					long started = System.nanoTime();
					long cpu = threads().getCurrentThreadCpuTime();
					try {
						runnable.run();
					}
					finally {
						TIMINGS.add("handler", System.nanoTime() - started);
						TIMINGS.add("handler-cpu", threads().getCurrentThreadCpuTime() - cpu);
						TIMINGS.handlerWait(started - queued);
					}
				};
			};
		}

		@Bean
		static BeanPostProcessor timedRepositories() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof BookingRepository) {
						return advise(bean, bookingSql());
					}
					if (bean instanceof EventPublicationRepository) {
						return advise(bean, registry());
					}
					return bean;
				}
			};
		}

		private static Object advise(Object bean, MethodInterceptor interceptor) {
			if (bean instanceof Advised advised) {
				advised.addAdvice(0, interceptor);
				return bean;
			}
			ProxyFactory factory = new ProxyFactory(bean);
			factory.setProxyTargetClass(bean instanceof BookingRepository);
			factory.addAdvice(interceptor);
			return factory.getProxy();
		}

		/** The booking transaction's statements, and the time the date's lock is held. */
		private static MethodInterceptor bookingSql() {
			return invocation -> {
				String name = invocation.getMethod().getName();
				@Nullable String what = switch (name) {
					case "lockDate" -> "lock";
					case "counts" -> "counts";
					case "insertIfNew", "insertAllIfNew" -> "insert";
					default -> null;
				};
				if (what == null || !Thread.currentThread().getName().startsWith("booker-")) {
					return invocation.proceed();
				}
				long started = System.nanoTime();
				try {
					return invocation.proceed();
				}
				finally {
					long now = System.nanoTime();
					TIMINGS.add(what, now - started);
					if (what.equals("lock") && TransactionSynchronizationManager.isSynchronizationActive()) {
						TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
							@Override
							public void afterCompletion(int status) {
								TIMINGS.add("batch", System.nanoTime() - started);
							}
						});
					}
				}
			};
		}

		/** Rows written in the booking transaction; marks written by the handlers. */
		private static MethodInterceptor registry() {
			return invocation -> {
				String name = invocation.getMethod().getName();
				@Nullable String what = name.equals("create") ? "create" : name.startsWith("mark") ? "mark" : null;
				if (what == null) {
					return invocation.proceed();
				}
				long started = System.nanoTime();
				try {
					return invocation.proceed();
				}
				finally {
					TIMINGS.add(what, System.nanoTime() - started);
				}
			};
		}

	}

}
