package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.ACCOUNT_ROLE;
import static de.norderstedt.go.db.Tables.NEWS_INTEREST_TOPIC;
import static de.norderstedt.go.db.Tables.NEWS_TOPIC;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static de.norderstedt.go.db.Tables.NOTIFICATION_SETTINGS;
import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@code bin/bench-push}: one announcement fanned out to 10,000 browsers. 10,000
 * residents follow one area, each with one push subscription at the local fake push
 * service (which decrypts every message and checks its VAPID signature); an editor
 * publishes one announcement for that area through the news desk, and the clock runs from
 * that call to the 10,000th message received and decrypted. Everything in between is the
 * real path: the event through the publication registry, the notifier writing the
 * notifications and deliveries, the scheduled delivery loop claiming them and the Web
 * Push sender encrypting, signing and posting each one. Not part of the test suite (the
 * name does not end in Test): a benchmark prints figures, it asserts nothing.
 */
@SpringBootTest
class PushBenchmark {

	private static final int PEOPLE = 10_000;

	private static final int WARM_UP = 1_000;

	private static final FakePushService PUSH_SERVICE = new FakePushService(4);

	/** How long each send took (the push transport the deliveries call). */
	private static final List<Long> SEND_NANOS = Collections.synchronizedList(new ArrayList<>());

	@TestConfiguration
	static class TimedPush {

		@Bean
		@Primary
		PushTransport timedPushTransport(WebPushSender sender) {
			return (target, message, ttl) -> {
				long started = System.nanoTime();
				try {
					return sender.send(target, message, ttl);
				}
				finally {
					SEND_NANOS.add(System.nanoTime() - started);
				}
			};
		}

	}

	@Autowired
	NewsDeskService desk;

	@Autowired
	TestAccounts accounts;

	@Autowired
	NotificationProperties properties;

	@Autowired
	DSLContext dsl;

	@AfterAll
	static void stop() {
		PUSH_SERVICE.close();
	}

	@Test
	void one_announcement_to_ten_thousand_push_subscriptions() throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		long traffic = topic("verkehr");
		long events = topic("veranstaltungen");
		long setupStarted = System.nanoTime();
		residents("bench-push-warm-" + run, WARM_UP, events);
		residents("bench-push-" + run, PEOPLE, traffic);
		double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;
		String editor = "bench-push-editor";
		this.accounts.ensure(editor, Role.EDITOR);
		this.accounts.signIn(editor);

		// warm-up: the same path for 1,000 others (JIT, connections, the VAPID token)
		publish(events, "Stadtparkfest am Sonntag");
		PUSH_SERVICE.awaitReceived(WARM_UP, Duration.ofMinutes(5));
		PUSH_SERVICE.clear();
		SEND_NANOS.clear();

		String loadBefore = loadAverage();
		long cpuBefore = processCpuNanos();
		Instant published = Instant.now();
		long announcement = publish(traffic, "Vollsperrung Ohechaussee am Montag");
		List<FakePushService.Received> received = PUSH_SERVICE.awaitReceived(PEOPLE, Duration.ofMinutes(10));
		Instant last = received.get(PEOPLE - 1).at();
		Instant first = received.getFirst().at();
		this.accounts.signOut();
		String loadAfter = loadAverage();
		double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
		// the push service counts a message before it answers: the last sends are still
		// finishing
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (SEND_NANOS.size() < PEOPLE && System.nanoTime() < until) {
			Thread.sleep(10);
		}

		Duration total = Duration.between(published, last);
		Duration spread = Duration.between(first, last);
		List<Long> sends = new ArrayList<>(SEND_NANOS);
		Collections.sort(sends);
		int notifications = this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.SOURCE.eq("announcement:" + announcement));
		// the loop records a batch's outcomes once all of its sends are back
		int sent = 0;
		while (System.nanoTime() < until + Duration.ofSeconds(10).toNanos() && (sent = sent(announcement)) < PEOPLE) {
			Thread.sleep(50);
		}
		NotificationProperties.Delivery delivery = this.properties.delivery();
		String result = String
			.format("Web Push: one announcement to %,d push subscriptions (%d cores, embedded PostgreSQL, fake push service on 127.0.0.1)%n"
					+ "  publish -> %,dth message received and decrypted: %.1f s (goal <= 30 s), %.0f deliveries/s%n"
					+ "    first message after %.2f s (event, notifier: %,d notifications and deliveries written, delivery loop);"
					+ " first to last %.1f s = %.0f/s%n"
					+ "  one send (encrypt, sign, POST, answer): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %,d sends%n"
					+ "  the push service rejected %d, deliveries recorded as sent %,d; after a warm-up of %,d messages%n"
					+ "  go.notifications.delivery: concurrency %d, batch %d, interval %s; setup of %,d residents %.1f s%n"
					+ "  load average (1, 5, 15 min) before %s, after %s (other work on the machine slows these figures);%n"
					+ "  CPU time of this JVM (sender and fake push service; PostgreSQL not counted) %.1f s = %.2f ms a message%n",
					PEOPLE, Runtime.getRuntime().availableProcessors(), PEOPLE, seconds(total), PEOPLE / seconds(total),
					seconds(Duration.between(published, first)), notifications, seconds(spread),
					(PEOPLE - 1) / Math.max(0.001, seconds(spread)), ms(sends, 0.50), ms(sends, 0.95), ms(sends, 0.99),
					ms(sends, 1.0), sends.size(), PUSH_SERVICE.rejected(), sent, WARM_UP, delivery.concurrency(),
					delivery.batch(), delivery.interval(), PEOPLE + WARM_UP, setupSeconds, loadBefore, loadAfter,
					cpuSeconds, cpuSeconds * 1000 / PEOPLE);
		System.out.println(result);
		try {
			Files.writeString(Path.of("target", "bench-push.txt"), result);
		}
		catch (IOException ex) {
			// printed above already
		}
	}

	private long publish(long topicId, String title) {
		return this.desk.create(new NewAnnouncement(title, "Bitte fahren Sie über die Umleitung.", null, null, false,
				Set.of(topicId), Set.of(), null, null));
	}

	/**
	 * Residents following one area, each with one browser at the fake push service; no
	 * quiet hours (the benchmark may run at night). Written straight into the tables:
	 * 10,000 password hashes would take longer than the benchmark.
	 */
	private void residents(String prefix, int count, long topicId) {
		Instant now = Instant.now();
		for (int from = 0; from < count; from += 1000) {
			int to = Math.min(count, from + 1000);
			InsertValuesStep3<? extends Record, String, String, String> insert = this.dsl.insertInto(ACCOUNT,
					ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.PASSWORD_HASH);
			for (int i = from; i < to; i++) {
				insert = insert.values(prefix + "-" + i, "Benchmark " + i, "{noop}not-for-signing-in");
			}
			List<Long> ids = insert.returningResult(ACCOUNT.ID).fetch(r -> r.value1());
			var roles = this.dsl.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE);
			var interests = this.dsl.insertInto(NEWS_INTEREST_TOPIC, NEWS_INTEREST_TOPIC.ACCOUNT_ID,
					NEWS_INTEREST_TOPIC.TOPIC_ID);
			var settings = this.dsl.insertInto(NOTIFICATION_SETTINGS, NOTIFICATION_SETTINGS.ACCOUNT_ID,
					NOTIFICATION_SETTINGS.QUIET_HOURS, NOTIFICATION_SETTINGS.SET_UP_AT);
			var browsers = this.dsl.insertInto(PUSH_SUBSCRIPTION, PUSH_SUBSCRIPTION.ACCOUNT_ID,
					PUSH_SUBSCRIPTION.ENDPOINT, PUSH_SUBSCRIPTION.P256DH, PUSH_SUBSCRIPTION.AUTH,
					PUSH_SUBSCRIPTION.DEVICE_LABEL);
			for (long id : ids) {
				roles = roles.values(id, Role.RESIDENT);
				interests = interests.values(id, topicId);
				settings = settings.values(id, false, now);
				FakePushService.Browser browser = PUSH_SERVICE.newSubscription();
				browsers = browsers.values(id, browser.endpoint(), browser.p256dh(), browser.auth(),
						"Chrome auf Android");
			}
			roles.execute();
			interests.execute();
			settings.execute();
			browsers.execute();
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Other work on the machine slows the figures down: say how busy it was. */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private int sent(long announcement) {
		return this.dsl.fetchCount(
				NOTIFICATION_DELIVERY.join(NOTIFICATION).on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID)),
				NOTIFICATION.SOURCE.eq("announcement:" + announcement)
					.and(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.SENT)));
	}

	private long topic(String slug) {
		return this.dsl.select(NEWS_TOPIC.ID).from(NEWS_TOPIC).where(NEWS_TOPIC.SLUG.eq(slug)).fetchSingle().value1();
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static double ms(List<Long> sortedNanos, double quantile) {
		if (sortedNanos.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
		return sortedNanos.get(Math.max(0, index)) / 1e6;
	}

}
