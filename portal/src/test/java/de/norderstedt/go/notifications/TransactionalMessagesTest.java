package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking and locker events of the earlier features reach people in the app, by push
 * and by e-mail, as each person chose.
 */
@RunningPortalTest
class TransactionalMessagesTest {

	private static final FakePushService PUSH_SERVICE = new FakePushService();

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCourses testCourses;

	@Autowired
	TestLockers testLockers;

	@Autowired
	CourseService courses;

	@Autowired
	BookingService bookings;

	@Autowired
	SettingsRepository settings;

	@Autowired
	PushSubscriptionRepository subscriptions;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DSLContext dsl;

	@Autowired
	TestMails mails;

	@AfterAll
	static void stop() {
		PUSH_SERVICE.close();
	}

	@Test
	void booking_confirmed_waiting_promoted_reminded_and_cancelled_reach_each_person_as_they_chose() throws Exception {
		// Aylin: everything on every channel; Helga: in the app only (she has no e-mail)
		long aylin = this.accounts.ensure("messages-aylin", Role.RESIDENT).id();
		long helga = this.accounts.ensure("messages-helga", Role.RESIDENT).id();
		choose(aylin, EnumSet.allOf(Channel.class), "aylin@example.org");
		choose(helga, EnumSet.of(Channel.IN_APP), null);
		FakePushService.Browser phone = browser(aylin);
		// one place, tomorrow (within 24 hours: a reminder is due)
		Instant start = Instant.now().plus(Duration.ofHours(20));
		long date = this.testCourses
			.course("Sicher im Internet", this.testCourses.place("Stadtbücherei"), 1,
					List.of(new de.norderstedt.go.courses.NewCourse.Slot(start, start.plusSeconds(5400))))
			.get(0);

		Booking aylinsBooking = book("messages-aylin", date, "Aylin Demir");
		book("messages-helga", date, "Helga Hansen");
		awaitTitles(aylin, "Buchung bestätigt: Sicher im Internet");
		awaitTitles(helga, "Auf der Warteliste: Sicher im Internet");

		this.bookings.cancel(aylinsBooking.code());
		awaitTitles(helga, "Auf der Warteliste: Sicher im Internet", "Ein Platz ist frei: Sicher im Internet");

		assertThat(this.bookings.sendDueReminders()).isEqualTo(1);
		awaitTitles(helga, "Auf der Warteliste: Sicher im Internet", "Ein Platz ist frei: Sicher im Internet",
				"Erinnerung: Sicher im Internet");

		this.accounts.signIn(TestCourses.TRAINER);
		try {
			this.courses.cancelDate(date, "Die Trainerin ist krank.");
		}
		finally {
			this.accounts.signOut();
		}
		awaitTitles(helga, "Auf der Warteliste: Sicher im Internet", "Ein Platz ist frei: Sicher im Internet",
				"Erinnerung: Sicher im Internet", "Termin fällt aus: Sicher im Internet");

		this.deliveries.sendDue();
		// Aylin's phone got her confirmation, decrypted; Helga has no browser and no
		// e-mail
		assertThat(PUSH_SERVICE.received(phone.endpoint())).singleElement().satisfies(received -> {
			assertThat(received.field("title")).isEqualTo("Buchung bestätigt: Sicher im Internet");
			assertThat(received.field("body")).contains("Aylin Demir", aylinsBooking.code());
			assertThat(received.field("url")).isEqualTo("/ticket/" + aylinsBooking.code());
		});
		assertThat(this.dsl.select(MAIL_OUTBOX.SUBJECT)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("aylin@example.org"))
			.fetch(MAIL_OUTBOX.SUBJECT)).singleElement().asString().contains("Buchung bestätigt: Sicher im Internet");
		assertThat(this.dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.BODY.contains("Helga"))).isZero();
	}

	@Test
	void a_locker_reservation_is_confirmed_and_an_overdue_rollator_is_reported_to_its_borrower() throws Exception {
		long jens = this.accounts.ensure("messages-jens", Role.RESIDENT).id();
		long late = this.accounts.ensure("messages-late", Role.RESIDENT).id();
		choose(jens, EnumSet.of(Channel.IN_APP, Channel.PUSH), null);
		choose(late, EnumSet.of(Channel.IN_APP, Channel.EMAIL), "late@example.org");
		FakePushService.Browser phone = browser(jens);
		TestLockers.TestStation station = this.testLockers.station("Nachrichten", 2, ItemType.ROLLATOR);

		String item = this.testLockers
			.reserve("messages-jens", station.id(), ItemType.ROLLATOR, TestLockers.nextHour(), 1)
			.itemName();
		awaitTitles(jens, "Reservierung bestätigt: " + item);

		this.testLockers.overdue("messages-late", station.id(), ItemType.ROLLATOR);
		this.testLockers.sendReminders();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> titles(late).stream().anyMatch(title -> title.startsWith("Ausleihe abgelaufen")));

		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.received(phone.endpoint())).singleElement()
			.satisfies(received -> assertThat(received.field("title")).isEqualTo("Reservierung bestätigt: " + item));
		assertThat(this.dsl.select(MAIL_OUTBOX.SUBJECT)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("late@example.org"))
			.fetch(MAIL_OUTBOX.SUBJECT)).anySatisfy(subject -> assertThat(subject).contains("Ausleihe abgelaufen"));
	}

	private void choose(long account, EnumSet<Channel> channels, @Nullable String email) {
		// no quiet hours: the test must not depend on the time of day it runs at
		this.settings.save(account,
				NotificationSettings.DEFAULT.withEmail(email)
					.withChannels(NotificationCategory.BOOKING, channels)
					.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0)),
				Instant.now());
		if (email != null) {
			this.mails.confirmed(account, email);
		}
	}

	private FakePushService.Browser browser(long account) {
		FakePushService.Browser browser = PUSH_SERVICE.newSubscription();
		this.subscriptions.save(account, browser.endpoint(), browser.p256dh(), browser.auth(), "Telefon",
				Instant.now());
		return browser;
	}

	private Booking book(String username, long date, String name) {
		this.accounts.signIn(username);
		try {
			return this.bookings.book(new BookingRequest(date, name, null, null, true));
		}
		finally {
			this.accounts.signOut();
		}
	}

	private void awaitTitles(long account, String... titles) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(titles(account)).containsExactly(titles));
	}

	private List<String> titles(long account) {
		return this.dsl.select(NOTIFICATION.TITLE_DE)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(account))
			.and(NOTIFICATION.SHOWN_IN_APP)
			.orderBy(NOTIFICATION.ID)
			.fetch(NOTIFICATION.TITLE_DE);
	}

}
