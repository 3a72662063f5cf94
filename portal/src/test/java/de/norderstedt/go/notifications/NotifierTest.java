package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.norderstedt.go.TestClock;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One message becomes, for each person, what they chose: an entry in the app, a push
 * message per browser, an e-mail; held back in their quiet hours unless urgent or the
 * person is awake; never twice.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class NotifierTest {

	private static final Message MESSAGE = new Message("Baustelle", "Die Straße ist gesperrt.", "Roadworks",
			"The road is closed.", "/neuigkeiten/1");

	@Autowired
	Notifier notifier;

	@Autowired
	SettingsRepository settings;

	@Autowired
	PushSubscriptionRepository subscriptions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	DSLContext dsl;

	@Test
	void each_person_gets_the_channels_they_chose() {
		long helga = this.accounts.ensure("notifier-helga", Role.RESIDENT).id();
		long aylin = this.accounts.ensure("notifier-aylin", Role.RESIDENT).id();
		long jens = this.accounts.ensure("notifier-jens", Role.RESIDENT).id();
		long quiet = this.accounts.ensure("notifier-quiet", Role.RESIDENT).id();
		this.clock.set(berlin("2026-11-27T12:00"));
		// Helga: the defaults (in the app and push), one browser
		browser(helga, "helga-tablet");
		// Aylin: news by e-mail and push only, two browsers
		save(aylin, NotificationSettings.DEFAULT.withEmail("aylin@example.org")
			.withChannels(NotificationCategory.NEWS, EnumSet.of(Channel.PUSH, Channel.EMAIL)));
		browser(aylin, "aylin-phone");
		browser(aylin, "aylin-laptop");
		// Jens: news in the app only, but he has a browser with push
		save(jens, NotificationSettings.DEFAULT.withChannels(NotificationCategory.NEWS, Set.of(Channel.IN_APP)));
		browser(jens, "jens-phone");
		// someone who wants no news at all
		save(quiet, NotificationSettings.DEFAULT.withChannels(NotificationCategory.NEWS, Set.of()));

		int told = this.notifier.notify(List.of(helga, aylin, jens, quiet), NotificationCategory.NEWS, "test:channels",
				MESSAGE, false, false);

		assertThat(told).isEqualTo(3);
		assertThat(shownInApp("test:channels")).containsExactlyInAnyOrder(helga, jens);
		assertThat(deliveries("test:channels", helga)).containsExactly(Channel.PUSH);
		assertThat(deliveries("test:channels", aylin)).containsExactlyInAnyOrder(Channel.PUSH, Channel.PUSH,
				Channel.EMAIL);
		assertThat(deliveries("test:channels", jens)).isEmpty();
		assertThat(deliveries("test:channels", quiet)).isEmpty();
	}

	@Test
	void a_handler_that_runs_twice_tells_nobody_twice() {
		long helga = this.accounts.ensure("notifier-twice", Role.RESIDENT).id();
		browser(helga, "twice-tablet");
		assertThat(
				this.notifier.notify(List.of(helga), NotificationCategory.BOOKING, "test:twice", MESSAGE, false, true))
			.isEqualTo(1);
		assertThat(
				this.notifier.notify(List.of(helga), NotificationCategory.BOOKING, "test:twice", MESSAGE, false, true))
			.isZero();
		assertThat(shownInApp("test:twice")).containsExactly(helga);
		assertThat(deliveries("test:twice", helga)).containsExactly(Channel.PUSH);
	}

	@Test
	void at_ten_in_the_evening_news_waits_for_the_morning_but_warnings_and_answers_go_at_once() {
		long helga = this.accounts.ensure("notifier-night", Role.RESIDENT).id();
		browser(helga, "night-tablet");
		this.clock.set(berlin("2026-11-27T22:00"));

		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:night-news", MESSAGE, false, false);
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:night-warning", MESSAGE, true, false);
		this.notifier.notify(List.of(helga), NotificationCategory.BOOKING, "test:night-booked", MESSAGE, false, true);

		assertThat(notBefore("test:night-news")).isEqualTo(berlin("2026-11-28T08:00"));
		assertThat(notBefore("test:night-warning")).isEqualTo(berlin("2026-11-27T22:00"));
		assertThat(notBefore("test:night-booked")).isEqualTo(berlin("2026-11-27T22:00"));
		// the entry in the app is there at once: it does not ring
		assertThat(shownInApp("test:night-news")).containsExactly(helga);
	}

	@Test
	void a_withdrawn_message_leaves_the_lists_and_is_not_sent() {
		long helga = this.accounts.ensure("notifier-withdrawn", Role.RESIDENT).id();
		browser(helga, "withdrawn-tablet");
		this.clock.set(berlin("2026-11-27T23:00"));
		this.notifier.notify(List.of(helga), NotificationCategory.NEWS, "test:withdrawn", MESSAGE, false, false);

		assertThat(this.notifier.withdraw("test:withdrawn")).isEqualTo(1);

		assertThat(this.dsl.fetchValue(NOTIFICATION_DELIVERY.STATUS, NOTIFICATION_DELIVERY.NOTIFICATION_ID
			.in(this.dsl.select(NOTIFICATION.ID).from(NOTIFICATION).where(NOTIFICATION.SOURCE.eq("test:withdrawn")))))
			.isEqualTo(DeliveryStatus.WITHDRAWN);
		assertThat(this.dsl.fetchValue(NOTIFICATION.WITHDRAWN_AT, NOTIFICATION.SOURCE.eq("test:withdrawn")))
			.isNotNull();
	}

	private void save(long account, NotificationSettings wanted) {
		this.settings.save(account, wanted, this.clock.instant());
	}

	private void browser(long account, String name) {
		String key = "B" + "x".repeat(86);
		this.subscriptions.save(account, "https://push.example.org/" + name, key, "a".repeat(22), name,
				this.clock.instant());
	}

	private List<Long> shownInApp(String source) {
		return this.dsl.select(NOTIFICATION.ACCOUNT_ID)
			.from(NOTIFICATION)
			.where(NOTIFICATION.SOURCE.eq(source))
			.and(NOTIFICATION.SHOWN_IN_APP)
			.fetch(NOTIFICATION.ACCOUNT_ID);
	}

	private List<Channel> deliveries(String source, long account) {
		return this.dsl.select(NOTIFICATION_DELIVERY.CHANNEL)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.SOURCE.eq(source))
			.and(NOTIFICATION.ACCOUNT_ID.eq(account))
			.fetch(NOTIFICATION_DELIVERY.CHANNEL);
	}

	private Instant notBefore(String source) {
		return Objects.requireNonNull(this.dsl.select(NOTIFICATION_DELIVERY.NOT_BEFORE)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.SOURCE.eq(source))
			.fetchSingle(NOTIFICATION_DELIVERY.NOT_BEFORE));
	}

	private static Instant berlin(String localDateTime) {
		return ZonedDateTime.of(LocalDateTime.parse(localDateTime), CityTime.ZONE).toInstant();
	}

}
