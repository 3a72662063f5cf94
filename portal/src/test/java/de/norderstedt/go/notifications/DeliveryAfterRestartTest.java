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
 * A crash between commit and delivery loses nothing: the announcement is committed and
 * the portal stops before any listener ran; the restarted portal handles the stored event
 * and stores the notification, and stops before sending; the portal started a third time
 * sends the push message, once.
 */
class DeliveryAfterRestartTest {

	@Test
	void an_announcement_committed_just_before_a_crash_still_reaches_the_residents_browser(@TempDir Path dataDir)
			throws Exception {
		try (FakePushService pushService = new FakePushService()) {
			FakePushService.Browser tablet = pushService.newSubscription();

			// 1: committed, then "crashed": the event's listeners never run
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(ListenersNeverRun.class))) {
				TestAccounts accounts = portal.getBean(TestAccounts.class);
				long helga = accounts.ensure("restart-helga", Role.RESIDENT).id();
				accounts.ensure("restart-editor", Role.EDITOR);
				portal.getBean(PushSubscriptionRepository.class)
					.save(helga, tablet.endpoint(), tablet.p256dh(), tablet.auth(), "Tablet", java.time.Instant.now());
				NewsService news = portal.getBean(NewsService.class);
				Topic traffic = news.topics()
					.stream()
					.filter(t -> t.slug().equals("verkehr"))
					.findFirst()
					.orElseThrow();
				// no quiet hours: the test must not depend on the time of day it runs at
				portal.getBean(SettingsRepository.class)
					.save(helga,
							NotificationSettings.DEFAULT.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0)),
							java.time.Instant.now());
				accounts.signIn("restart-helga");
				news.saveMyInterests(new Interests(Set.of(traffic.id()), Set.of()));
				accounts.signIn("restart-editor");
				portal.getBean(NewsDeskService.class)
					.create(new NewAnnouncement("Ohechaussee gesperrt", "Ab Montag ist die Ohechaussee gesperrt.", null,
							null, false, Set.of(traffic.id()), Set.of(), null, null));
				accounts.signOut();

				DSLContext dsl = portal.getBean(DSLContext.class);
				assertThat(dsl.fetchCount(EVENT_PUBLICATION, EVENT_PUBLICATION.COMPLETION_DATE.isNull()))
					.isGreaterThan(0);
				assertThat(dsl.fetchCount(NOTIFICATION)).isZero();
			}
			assertThat(pushService.received()).isEmpty();

			// 2: restarted: the stored event is handled; the portal stops before sending
			try (ConfigurableApplicationContext portal = start(dataDir, List.of(),
					"--go.notifications.delivery.scheduled=false")) {
				DSLContext dsl = portal.getBean(DSLContext.class);
				await().atMost(Duration.ofSeconds(30))
					.until(() -> dsl.fetchCount(NOTIFICATION_DELIVERY,
							NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING)) == 1);
				assertThat(dsl.fetchValue(NOTIFICATION.TITLE_DE, NOTIFICATION.SOURCE.like("announcement:%")))
					.isEqualTo("Ohechaussee gesperrt");
			}
			assertThat(pushService.received()).isEmpty();

			// 3: restarted again: the delivery goes out
			try (ConfigurableApplicationContext portal = start(dataDir, List.of())) {
				assertThat(pushService.awaitReceived(1, Duration.ofSeconds(30))).singleElement()
					.satisfies(received -> assertThat(received.field("title")).isEqualTo("Ohechaussee gesperrt"));
				DSLContext dsl = portal.getBean(DSLContext.class);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> dsl.fetchCount(NOTIFICATION_DELIVERY,
							NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.SENT)) == 1);
				// the registry knows the event was handled: nothing is published a third
				// time
				assertThat(dsl.fetchCount(NOTIFICATION)).isEqualTo(1);
			}
			assertThat(pushService.received()).hasSize(1);
			assertThat(pushService.rejected()).isZero();
		}
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
