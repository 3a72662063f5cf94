package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EMAIL_CONSENT;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.courses.TestCourses;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guests (bookings without an account) who leave an e-mail address get the booking's
 * messages there, in the language they booked in, with the ticket link, its calendar file
 * and the link that stops them; a guest with only a phone number gets none; what was kept
 * to tell a guest goes with her booking's data.
 */
@RunningPortalTest
class GuestMessagesTest {

	@Autowired
	TestCourses testCourses;

	@Autowired
	BookingService bookings;

	@Autowired
	Deliveries deliveries;

	@Autowired
	EmailAddresses addresses;

	@Autowired
	TestMails mails;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CourseService courses;

	@Autowired
	DSLContext dsl;

	@Test
	void guests_with_an_address_are_confirmed_put_on_the_waiting_list_moved_up_and_reminded_by_e_mail() {
		String aylin = "guest-aylin-" + System.nanoTime() + "@example.org";
		String helga = "guest-helga-" + System.nanoTime() + "@example.org";
		// one place, within 24 hours: a reminder is due
		Instant start = Instant.now().plus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		long date = this.testCourses
			.course("Gast-Nachrichten", this.testCourses.place("Stadtbücherei Garstedt"), 1,
					List.of(new NewCourse.Slot(start, start.plusSeconds(5400))))
			.get(0);

		Booking first = this.bookings
			.book(new BookingRequest(date, "Aylin Demir", null, aylin, false, false, Language.EN));
		Booking second = this.bookings.book(new BookingRequest(date, "Helga Hansen", null, helga, false));
		Booking phoneOnly = this.bookings.book(new BookingRequest(date, "Jens Peters", "040 123456", null, false));
		assertThat(second.status()).isEqualTo(BookingStatus.WAITING);
		awaitSources(first, "booking-confirmed:" + first.id());
		awaitSources(second, "booking-waiting:" + second.id());

		this.bookings.cancel(first.code());
		awaitSources(second, "booking-waiting:" + second.id(), "booking-promoted:" + second.id());
		assertThat(this.bookings.sendDueReminders()).isPositive();
		awaitSources(second, "booking-waiting:" + second.id(), "booking-promoted:" + second.id(),
				"booking-reminder:" + second.id());
		this.deliveries.sendDue();

		// Aylin booked in English: her confirmation is English, with her ticket and its
		// calendar file, and says why she gets it and how to stop it
		String confirmation = this.mails.mailTo(aylin, "Booking confirmed: Gast-Nachrichten");
		assertThat(TestMails.pathInText(confirmation, "/ticket/")).isEqualTo("/ticket/" + first.code());
		assertThat(confirmation.replaceAll("\\s+", " ")).contains("/ticket/" + first.code() + "/kalender.ics")
			.contains("you gave this address when you booked a course")
			.contains(EmailAddresses.UNSUBSCRIBE_PATH);
		assertThat(this.mails.subjectsTo(helga)).containsExactlyInAnyOrder(
				"Norderstedt GO!: Auf der Warteliste: Gast-Nachrichten",
				"Norderstedt GO!: Ein Platz ist frei: Gast-Nachrichten",
				"Norderstedt GO!: Erinnerung: Gast-Nachrichten");
		assertThat(TestMails.pathInText(this.mails.mailTo(helga, "Ein Platz ist frei"), "/ticket/"))
			.isEqualTo("/ticket/" + second.code());
		// nothing for a guest with only a phone number, and nothing in an app
		assertThat(this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.SOURCE.endsWith(":" + phoneOnly.id()).and(NOTIFICATION.SOURCE.startsWith("booking-"))))
			.isZero();
		assertThat(this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.CONTACT_EMAIL.in(aylin, helga).and(NOTIFICATION.SHOWN_IN_APP)))
			.isZero();
	}

	@Test
	void an_unsubscribed_guest_gets_nothing_more_and_her_deleted_booking_takes_her_address_along() {
		String guest = "guest-stop-" + System.nanoTime() + "@example.org";
		long date = this.testCourses.dateWithCapacity(5);
		Booking booking = this.bookings.book(new BookingRequest(date, "Gerda Gast", null, guest, false));
		awaitSources(booking, "booking-confirmed:" + booking.id());
		this.deliveries.sendDue();
		String unsubscribe = TestMails.pathInText(this.mails.mailTo(guest, "Buchung bestätigt"),
				EmailAddresses.UNSUBSCRIBE_PATH);
		assertThat(this.addresses.unsubscribe(unsubscribe.substring(EmailAddresses.UNSUBSCRIBE_PATH.length())))
			.isTrue();

		// the date is cancelled: the guest said no to e-mail, so nothing is made for her
		this.accounts.signIn(TestCourses.TRAINER);
		try {
			this.courses.cancelDate(date, "Die Trainerin ist krank.");
		}
		finally {
			this.accounts.signOut();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> handled("CourseDateCancelled", date));
		Booking another = this.bookings
			.book(new BookingRequest(this.testCourses.dateWithCapacity(5), "Gerda Gast", null, guest, false));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.dsl.fetchExists(EMAIL_CONSENT, EMAIL_CONSENT.BOOKING_ID.eq(another.id())));
		// a new booking with a stopped address stays stopped
		Boolean stopped = this.dsl.select(EMAIL_CONSENT.CONFIRMED_AT, EMAIL_CONSENT.UNSUBSCRIBED_AT)
			.from(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.BOOKING_ID.eq(another.id()))
			.fetchSingle(r -> r.value1() == null && r.value2() != null);
		assertThat(stopped).isTrue();
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.SOURCE.eq("booking-confirmed:" + another.id())))
			.isZero();
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.SOURCE.eq("booking-date-cancelled:" + booking.id())))
			.isZero();

		// the guest deletes her booking's data with its code: the address kept for its
		// messages and the messages go too
		this.bookings.forget(booking.code());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.dsl.fetchCount(EMAIL_CONSENT, EMAIL_CONSENT.BOOKING_ID.eq(booking.id()))
							+ this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.SOURCE.endsWith(":" + booking.id())
								.and(NOTIFICATION.SOURCE.startsWith("booking-"))))
						.isZero());
		// the other booking's address stays
		assertThat(this.dsl.fetchCount(EMAIL_CONSENT, EMAIL_CONSENT.BOOKING_ID.eq(another.id()))).isOne();
	}

	/** Whether the event about the date was handled by every listener that got it. */
	private boolean handled(String event, long dateId) {
		var publications = DSL.table("event_publication");
		var type = DSL.field("event_type", String.class);
		var serialized = DSL.field("serialized_event", String.class);
		var completed = DSL.field("completion_date");
		var about = type.endsWith(event).and(serialized.contains("\"dateId\":" + dateId));
		return this.dsl.fetchExists(publications, about)
				&& !this.dsl.fetchExists(publications, about.and(completed.isNull()));
	}

	private void awaitSources(Booking booking, String... sources) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.dsl.select(NOTIFICATION.SOURCE)
				.from(NOTIFICATION)
				.where(NOTIFICATION.CONTACT_EMAIL.eq(booking.email()))
				.and(NOTIFICATION.SOURCE.endsWith(":" + booking.id()))
				.orderBy(NOTIFICATION.ID)
				.fetch(NOTIFICATION.SOURCE)).containsExactly(sources));
	}

}
