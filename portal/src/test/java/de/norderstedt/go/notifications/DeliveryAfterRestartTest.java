package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EVENT_PUBLICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.norderstedt.go.Application;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;

/**
 * A crash between commit and delivery loses nothing. The announcement is committed and
 * the portal stops before any listener ran (or while they ran). No portal republishes
 * anything when it starts: the next one (here the same one started again, as another
 * instance would) finds the event stale, as Spring Modulith's staleness monitor sees it,
 * hands it to its listeners again ({@code EventResubmission}) and stores the
 * notification; it stops before sending; the portal started a third time sends the push
 * message, once.
 */
class DeliveryAfterRestartTest {

	/**
	 * Staleness and resubmission within seconds instead of minutes, so the test need not
	 * wait; all three staleness durations above zero, as in production.
	 */
	private static final List<String> QUICK_RESUBMISSION = List.of("--spring.modulith.events.staleness.published=1s",
			"--spring.modulith.events.staleness.processing=1s", "--spring.modulith.events.staleness.resubmission=1s",
			"--spring.modulith.events.staleness.check-intervall=1s", "--go.events.resubmission.interval=1s");

	@Test
	void an_announcement_committed_just_before_a_crash_still_reaches_the_residents_browser(@TempDir Path dataDir)
			throws Exception {
		try (FakePushService pushService = new FakePushService()) {
			FakePushService.Browser tablet = pushService.newSubscription();

			// 1: committed, then "crashed": the event's listeners never run
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(ListenersNeverRun.class))) {
				announceTo(portal, tablet);

				DSLContext dsl = portal.getBean(DSLContext.class);
				assertThat(dsl.fetchCount(EVENT_PUBLICATION, EVENT_PUBLICATION.COMPLETION_DATE.isNull()))
					.isGreaterThan(0);
				assertThat(dsl.fetchCount(NOTIFICATION)).isZero();
			}
			assertThat(pushService.received()).isEmpty();

			// 2: started again: the stored event is found stale and handled; the portal
			// stops before sending
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(),
					withQuickResubmission("--go.notifications.delivery.scheduled=false"))) {
				DSLContext dsl = portal.getBean(DSLContext.class);
				await().atMost(Duration.ofSeconds(30))
					.until(() -> dsl.fetchCount(NOTIFICATION_DELIVERY,
							NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING)) == 1);
				assertThat(dsl.fetchValue(NOTIFICATION.TITLE_DE, NOTIFICATION.SOURCE.like("announcement:%")))
					.isEqualTo("Ohechaussee gesperrt");
			}
			assertThat(pushService.received()).isEmpty();

			// 3: started again: the delivery goes out
			try (ConfigurableApplicationContext portal = start(dataDir, List.of())) {
				assertThat(pushService.awaitReceived(1, Duration.ofSeconds(30))).singleElement()
					.satisfies(received -> assertThat(received.field("title")).isEqualTo("Ohechaussee gesperrt"));
				DSLContext dsl = portal.getBean(DSLContext.class);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> dsl.fetchCount(NOTIFICATION_DELIVERY,
							NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.SENT)) == 1);
				// the registry knows the event was handled: nothing is handed on a third
				// time
				assertThat(dsl.fetchCount(NOTIFICATION)).isEqualTo(1);
			}
			assertThat(pushService.received()).hasSize(1);
			assertThat(pushService.rejected()).isZero();
		}
	}

	@Test
	void an_event_a_crashed_instance_was_handling_is_completed_by_the_next(@TempDir Path dataDir) throws Exception {
		try (FakePushService pushService = new FakePushService()) {
			FakePushService.Browser tablet = pushService.newSubscription();

			// 1: committed; the instance had begun handling the event when it "crashed"
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(ListenersNeverRun.class))) {
				announceTo(portal, tablet);
				DSLContext dsl = portal.getBean(DSLContext.class);
				assertThat(dsl.update(EVENT_PUBLICATION)
					.set(EVENT_PUBLICATION.STATUS, "PROCESSING")
					.where(EVENT_PUBLICATION.COMPLETION_DATE.isNull())
					.execute()).isGreaterThan(0);
			}

			// 2: the next instance finds it stale, hands it on and completes it
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(),
					withQuickResubmission("--go.notifications.delivery.scheduled=false"))) {
				DSLContext dsl = portal.getBean(DSLContext.class);
				await().atMost(Duration.ofSeconds(30))
					.until(() -> dsl.fetchCount(EVENT_PUBLICATION, EVENT_PUBLICATION.COMPLETION_DATE.isNull()) == 0);
				assertThat(dsl.selectDistinct(EVENT_PUBLICATION.STATUS)
					.from(EVENT_PUBLICATION)
					.fetch(EVENT_PUBLICATION.STATUS)).containsExactly("COMPLETED");
				assertThat(dsl.fetchValue(NOTIFICATION.TITLE_DE, NOTIFICATION.SOURCE.like("announcement:%")))
					.isEqualTo("Ohechaussee gesperrt");
				assertThat(
						dsl.fetchCount(NOTIFICATION_DELIVERY, NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING)))
					.isEqualTo(1);
			}
		}
	}

	/** A resident who follows traffic news, and an announcement about traffic. */
	private static void announceTo(ConfigurableApplicationContext portal, FakePushService.Browser tablet) {
		TestAccounts accounts = portal.getBean(TestAccounts.class);
		long helga = accounts.ensure("restart-helga", Role.RESIDENT).id();
		accounts.ensure("restart-editor", Role.EDITOR);
		portal.getBean(PushSubscriptionRepository.class)
			.save(helga, tablet.endpoint(), tablet.p256dh(), tablet.auth(), "Tablet", java.time.Instant.now());
		NewsService news = portal.getBean(NewsService.class);
		Topic traffic = news.topics().stream().filter(t -> t.slug().equals("verkehr")).findFirst().orElseThrow();
		// no quiet hours: the test must not depend on the time of day it runs at
		portal.getBean(SettingsRepository.class)
			.save(helga, NotificationSettings.DEFAULT.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0)),
					java.time.Instant.now());
		accounts.signIn("restart-helga");
		news.saveMyInterests(new Interests(Set.of(traffic.id()), Set.of()));
		accounts.signIn("restart-editor");
		portal.getBean(NewsDeskService.class)
			.create(new NewAnnouncement("Ohechaussee gesperrt", "Ab Montag ist die Ohechaussee gesperrt.", null, null,
					false, Set.of(traffic.id()), Set.of(), null, null));
		accounts.signOut();
	}

	private static String[] withQuickResubmission(String... more) {
		List<String> args = new ArrayList<>(QUICK_RESUBMISSION);
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static ConfigurableApplicationContext start(Path dataDir, List<Class<?>> extra, String... more) {
		List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
		sources.addAll(extra);
		List<String> args = new ArrayList<>(List.of("--go.embedded-database.data-dir=" + dataDir,
				"--go.demo-data.enabled=false", "--server.port=0", "--go.lockers.reminders=false"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
	}

	/** A crash right after the commit: asynchronous listeners never get to run. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ListenersNeverRun {

		@Bean
		TaskExecutor taskExecutor() {
			return task -> {
			};
		}

	}

}
