package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.norderstedt.go.TestClock;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.CityTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Delivery of announcements and other messages through the real Web Push sender to a push
 * service on 127.0.0.1 that decrypts what it gets, with a clock the test moves: quiet
 * hours hold news until the morning, warnings go at once, failures are retried (honouring
 * Retry-After, never past the time to live), a gone subscription is forgotten, e-mail
 * lands in the outbox.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class DeliveriesTest {

	private static final FakePushService PUSH_SERVICE = new FakePushService();

	@Autowired
	Notifier notifier;

	@Autowired
	Deliveries deliveries;

	@Autowired
	SettingsRepository settings;

	@Autowired
	PushSubscriptionRepository subscriptions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	NewsService news;

	@Autowired
	NewsDeskService desk;

	@Autowired
	DSLContext dsl;

	@Autowired
	TestMails mails;

	@AfterAll
	static void stop() {
		PUSH_SERVICE.close();
	}

	@BeforeEach
	void nothing_left_over() {
		// other tests in this application context leave deliveries waiting; they would be
		// due at the times these tests set
		this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.WITHDRAWN)
			.where(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.execute();
		PUSH_SERVICE.clear();
	}

	@Test
	void at_ten_in_the_evening_news_waits_until_eight_and_a_warning_goes_at_once() throws Exception {
		long helga = this.accounts.ensure("deliveries-night", Role.RESIDENT).id();
		this.accounts.ensure("deliveries-editor", Role.EDITOR);
		FakePushService.Browser tablet = browser(helga);
		long waste = topic("umwelt");
		this.accounts.signIn("deliveries-night");
		this.news.saveMyInterests(new Interests(Set.of(waste), Set.of()));

		// the editor publishes at 22:00: news for Helga's area, and a warning
		this.clock.set(berlin("2026-11-27T22:00"));
		this.accounts.signIn("deliveries-editor");
		try {
			this.desk.create(new NewAnnouncement("Sperrmüll in Garstedt", "Am Montag wird Sperrmüll abgeholt.", null,
					null, false, Set.of(waste), Set.of(), null, null));
			this.desk.create(new NewAnnouncement("Sturmwarnung", "Bitte bleiben Sie heute Nacht zu Hause.", null, null,
					true, Set.of(topic("warnungen")), Set.of(), null, null));
		}
		finally {
			this.accounts.signOut();
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(helga)) == 2);

		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.awaitReceived(1, Duration.ofSeconds(5))).singleElement().satisfies(received -> {
			assertThat(received.endpoint()).isEqualTo(tablet.endpoint());
			assertThat(received.field("title")).isEqualTo("Sturmwarnung");
			assertThat(received.urgency()).isEqualTo("high");
		});

		this.clock.set(berlin("2026-11-28T07:59"));
		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.received(tablet.endpoint())).hasSize(1);

		this.clock.set(berlin("2026-11-28T08:00"));
		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.received(tablet.endpoint())).hasSize(2).last().satisfies(received -> {
			assertThat(received.field("title")).isEqualTo("Sperrmüll in Garstedt");
			assertThat(received.field("body")).isEqualTo("Am Montag wird Sperrmüll abgeholt.");
			assertThat(received.urgency()).isEqualTo("normal");
			// 48 hours to live from 08:00
			assertThat(received.ttl()).isEqualTo(48 * 3600);
		});
		assertThat(PUSH_SERVICE.rejected()).isZero();
	}

	private long topic(String slug) {
		return this.news.topics().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow().id();
	}

	@Test
	void a_push_service_that_fails_once_gets_the_message_on_the_next_try() throws Exception {
		long helga = this.accounts.ensure("deliveries-retry", Role.RESIDENT).id();
		FakePushService.Browser tablet = browser(helga);
		PUSH_SERVICE.respond(tablet.endpoint(), 500);
		this.clock.set(berlin("2026-11-27T12:00"));
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:retry", message("Stadtparkfest"), false,
				false);

		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.received()).isEmpty();
		assertThat(status("test:retry")).isEqualTo(DeliveryStatus.PENDING);
		// not before the first wait is over
		assertThat(this.deliveries.sendDue()).isZero();

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.deliveries.sendDue()).isEqualTo(1);
		assertThat(PUSH_SERVICE.awaitReceived(1, Duration.ofSeconds(5))).singleElement()
			.satisfies(received -> assertThat(received.field("title")).isEqualTo("Stadtparkfest"));
		assertThat(status("test:retry")).isEqualTo(DeliveryStatus.SENT);
		assertThat(attempts("test:retry")).isEqualTo(2);
	}

	@Test
	void a_subscription_the_push_service_calls_gone_is_forgotten() {
		long helga = this.accounts.ensure("deliveries-gone", Role.RESIDENT).id();
		FakePushService.Browser old = browser(helga);
		PUSH_SERVICE.unsubscribe(old.endpoint());
		this.clock.set(berlin("2026-11-27T12:00"));
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:gone", message("Baustelle"), false,
				false);

		this.deliveries.sendDue();

		assertThat(this.dsl.fetchExists(PUSH_SUBSCRIPTION, PUSH_SUBSCRIPTION.ENDPOINT.eq(old.endpoint()))).isFalse();
		assertThat(PUSH_SERVICE.received()).isEmpty();
		// the entry in the app stays
		assertThat(this.dsl.fetchExists(NOTIFICATION, NOTIFICATION.SOURCE.eq("test:gone"))).isTrue();
	}

	@Test
	void retry_after_is_honoured_and_no_try_is_made_past_the_time_to_live() throws Exception {
		long helga = this.accounts.ensure("deliveries-busy", Role.RESIDENT).id();
		FakePushService.Browser tablet = browser(helga);
		PUSH_SERVICE.respond(tablet.endpoint(), 429, "120");
		this.clock.set(berlin("2026-11-27T12:00"));
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:busy", message("Wahl"), false, false);

		this.deliveries.sendDue();
		this.clock.advance(Duration.ofSeconds(119));
		assertThat(this.deliveries.sendDue()).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.deliveries.sendDue()).isEqualTo(1);
		assertThat(PUSH_SERVICE.awaitReceived(1, Duration.ofSeconds(5))).hasSize(1);

		// a warning lives 12 hours: a push service busy for longer never gets it
		PUSH_SERVICE.respond(tablet.endpoint(), 503, "86400");
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:too-late", message("Hochwasser"), true,
				false);
		this.deliveries.sendDue();
		assertThat(status("test:too-late")).isEqualTo(DeliveryStatus.EXPIRED);
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.deliveries.sendDue()).isZero();
		assertThat(PUSH_SERVICE.received()).hasSize(1);
	}

	@Test
	void an_email_is_kept_in_the_outbox_in_the_persons_language() {
		long aylin = this.accounts.ensure("deliveries-mail", Role.RESIDENT).id();
		this.settings.save(aylin, NotificationSettings.DEFAULT.withEmail("deliveries-aylin@example.org")
			.withChannels(NotificationCategory.BOOKING, EnumSet.of(Channel.EMAIL)), this.clock.instant());
		this.mails.confirmed(aylin, "deliveries-aylin@example.org");
		this.notifier.notify(List.of(aylin), NotificationCategory.BOOKING, "test:mail", message("Kurs bestätigt"),
				false, true);

		assertThat(this.deliveries.sendDue()).isEqualTo(1);

		assertThat(this.dsl.selectFrom(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("deliveries-aylin@example.org"))
			.fetch()).singleElement().satisfies(mail -> {
				assertThat(mail.getSubject()).contains("Kurs bestätigt");
				assertThat(mail.getLanguage()).isEqualTo(Language.DE);
			});
		assertThat(status("test:mail")).isEqualTo(DeliveryStatus.SENT);
	}

	private FakePushService.Browser browser(long account) {
		FakePushService.Browser browser = PUSH_SERVICE.newSubscription();
		this.subscriptions.save(account, browser.endpoint(), browser.p256dh(), browser.auth(), "Testbrowser",
				this.clock.instant());
		return browser;
	}

	private DeliveryStatus status(String source) {
		return Objects.requireNonNull(this.dsl.select(NOTIFICATION_DELIVERY.STATUS)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.SOURCE.eq(source))
			.fetchSingle(NOTIFICATION_DELIVERY.STATUS));
	}

	private int attempts(String source) {
		return Objects.requireNonNull(this.dsl.select(NOTIFICATION_DELIVERY.ATTEMPTS)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.SOURCE.eq(source))
			.fetchSingle(NOTIFICATION_DELIVERY.ATTEMPTS));
	}

	private static Message message(String title) {
		return new Message(title, "Der Text zu " + title, title + " (en)", "The text about " + title, "/neuigkeiten");
	}

	private static Instant berlin(String localDateTime) {
		return ZonedDateTime.of(LocalDateTime.parse(localDateTime), CityTime.ZONE).toInstant();
	}

}
