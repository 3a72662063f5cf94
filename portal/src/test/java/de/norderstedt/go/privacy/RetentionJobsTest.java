package de.norderstedt.go.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import de.norderstedt.go.TestClock;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.ResumeCode;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Every kind of personal data in {@link PersonalData} is deleted (or anonymised) by its
 * feature's job once its configured period has passed, and not an hour before: with
 * periods set here that differ from the defaults and from each other, and a clock the
 * test moves. The jobs run as the schedule runs them, all of them every round, twice in a
 * row (as two instances would) without doing more.
 */
@SpringBootTest(properties = { "go.privacy.retention.guest-bookings=10d", "go.privacy.retention.feedback=20d",
		"go.privacy.retention.mail-outbox=3d", "go.privacy.retention.notification-deliveries=5d",
		"go.privacy.retention.notifications=40d", "go.privacy.retention.contact-notifications=2d",
		"go.privacy.retention.locker-reservations=15d", "go.privacy.retention.locker-events=6d",
		"go.privacy.retention.event-publications=36h", "go.privacy.retention.kiosk-handoffs=12h",
		"go.privacy.retention.tutorial-resume-codes=4d", "go.privacy.retention.idea-contacts=8d",
		"go.privacy.retention.idea-reports=9d", "go.privacy.retention.progress-consents=50h",
		"go.notifications.delivery.scheduled=false", "go.privacy.retention-interval=PT10000H" })
@Import(TestClock.Configuration.class)
class RetentionJobsTest {

	private static final Duration HOUR = Duration.ofHours(1);

	@Autowired
	RetentionSchedule schedule;

	@Autowired
	RetentionProperties retention;

	@Autowired
	TestClock clock;

	@Autowired
	DSLContext dsl;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LearningService learning;

	@Test
	void the_periods_are_the_ones_configured() {
		assertThat(this.retention.guestBookings()).isEqualTo(Duration.ofDays(10));
		assertThat(this.retention.eventPublications()).isEqualTo(Duration.ofHours(36));
		assertThat(this.retention.tutorialResumeCodes()).isEqualTo(Duration.ofDays(4));
	}

	@Test
	void every_kind_of_personal_data_has_a_job() {
		assertThat(this.schedule.kinds()).containsExactlyInAnyOrder(PersonalData.values());
	}

	@Test
	void each_kind_is_gone_or_anonymised_after_its_period_and_not_before() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.clock.set(start);
		Map<PersonalData, BooleanSupplier> kept = new EnumMap<>(PersonalData.class);
		long account = this.accounts.ensure("retention-helga", Role.RESIDENT).id();

		// a guest booking on a date that ends now
		long place = id(
				"INSERT INTO place (name, address, seats) VALUES ('Stadtbücherei', 'Rathausallee 50', 20) RETURNING id");
		long course = id(
				"INSERT INTO course (title, description, topic, level, place_id, capacity) "
						+ "VALUES ('Smartphone', 'Erste Schritte', 'SMARTPHONE', 'BEGINNER', ?, 10) RETURNING id",
				place);
		long date = id("INSERT INTO course_date (course_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id", course,
				start.minus(Duration.ofHours(2)), start);
		long booking = id("INSERT INTO booking (date_id, code, status, name, phone) "
				+ "VALUES (?, 'RETENTN2', 'CONFIRMED', 'Helga Hansen', '040 1234') RETURNING id", date);
		// a booking of an account, whose owner agreed to show her tutorial progress
		long signedIn = id("INSERT INTO booking (date_id, code, status, name, email, account_id, progress_consent_at) "
				+ "VALUES (?, 'RETENTN3', 'CONFIRMED', 'Test retention-helga', 'h@example.org', ?, ?) RETURNING id",
				date, account, start.minus(Duration.ofHours(3)));
		kept.put(PersonalData.PROGRESS_CONSENTS, () -> this.dsl.fetchExists(
				this.dsl.selectOne().from("booking").where("id = ? AND progress_consent_at IS NOT NULL", signedIn)));
		kept.put(PersonalData.GUEST_BOOKINGS, () -> this.dsl
			.fetchExists(this.dsl.selectOne().from("booking").where("id = ? AND name IS NOT NULL", booking)));

		long feedback = id("INSERT INTO accessibility_feedback (message, name, contact, language, created_at) "
				+ "VALUES ('Die Schrift ist zu klein', 'Helga', 'h@example.org', 'de', ?) RETURNING id", start);
		kept.put(PersonalData.FEEDBACK, exists("accessibility_feedback", feedback));

		long notification = id("INSERT INTO notification (account_id, category, source, title_de, body_de, title_en, "
				+ "body_en, shown_in_app, created_at) VALUES (?, 'BOOKING', 'retention-test', 'Gebucht', 'Text', "
				+ "'Booked', 'Text', true, ?) RETURNING id", account, start);
		kept.put(PersonalData.NOTIFICATIONS, exists("notification", notification));
		long delivery = id(
				"INSERT INTO notification_delivery (notification_id, channel, status, not_before, expires_at, "
						+ "sent_at) VALUES (?, 'EMAIL', 'SENT', ?, ?, ?) RETURNING id",
				notification, start, start.plus(HOUR), start);
		kept.put(PersonalData.NOTIFICATION_DELIVERIES, exists("notification_delivery", delivery));
		// a message made later, whose e-mail still waits (past its time to live): the
		// delivery retention leaves it
		long later = id("INSERT INTO notification (account_id, category, source, title_de, body_de, title_en, "
				+ "body_en, shown_in_app, created_at) VALUES (?, 'BOOKING', 'retention-test-later', 'Gebucht', 'Text', "
				+ "'Booked', 'Text', true, ?) RETURNING id", account, start.plus(Duration.ofDays(100)));
		long pending = id(
				"INSERT INTO notification_delivery (notification_id, channel, status, not_before, expires_at) "
						+ "VALUES (?, 'EMAIL', 'PENDING', ?, ?) RETURNING id",
				later, start, start.plus(HOUR));
		long mail = id(
				"INSERT INTO mail_outbox (delivery_id, recipient, subject, body, language, created_at) "
						+ "VALUES (?, 'h@example.org', 'Gebucht', 'Hallo Helga', 'de', ?) RETURNING id",
				delivery, start);
		kept.put(PersonalData.MAIL_OUTBOX, exists("mail_outbox", mail));
		long contactMessage = id("INSERT INTO notification (contact_email, contact_language, category, source, "
				+ "title_de, body_de, title_en, body_en, shown_in_app, created_at) VALUES ('h@example.org', 'de', "
				+ "'NEWS', 'retention-contact', 'Idee', 'Text', 'Idea', 'Text', false, ?) RETURNING id", start);
		kept.put(PersonalData.CONTACT_NOTIFICATIONS, exists("notification", contactMessage));

		// a returned loan whose slot ends now, and what the terminal reported
		long station = id("INSERT INTO locker_station (name, place, opens_at, closes_at) "
				+ "VALUES ('Stadtpark Test', 'Am See', '06:00', '22:00') RETURNING id");
		long compartment = id("INSERT INTO locker_compartment (station_id, number, height_cm, size) "
				+ "VALUES (?, 1, 80, 'LARGE') RETURNING id", station);
		long item = id("INSERT INTO locker_item (compartment_id, type, name) VALUES (?, 'ROLLATOR', 'Rollator 1') "
				+ "RETURNING id", compartment);
		long loan = id("INSERT INTO locker_reservation (account_id, station_id, compartment_id, item_id, item_type, "
				+ "period, status, picked_up_at, returned_at) VALUES (?, ?, ?, ?, 'ROLLATOR', tstzrange(?, ?, '[)'), "
				+ "'RETURNED', ?, ?) RETURNING id", account, station, compartment, item, start.minus(HOUR), start,
				start.minus(HOUR), start);
		long open = id("INSERT INTO locker_reservation (account_id, station_id, compartment_id, item_id, item_type, "
				+ "period, status, picked_up_at) VALUES (?, ?, ?, ?, 'ROLLATOR', tstzrange(?, ?, '[)'), 'PICKED_UP', ?) "
				+ "RETURNING id", account, station, compartment, item, start, start.plus(HOUR), start);
		kept.put(PersonalData.LOCKER_RESERVATIONS, exists("locker_reservation", loan));
		long event = id("INSERT INTO locker_event (station_id, compartment, kind, occurred_at) "
				+ "VALUES (?, 1, 'OPENED', ?) RETURNING id", station, start);
		kept.put(PersonalData.LOCKER_EVENTS, exists("locker_event", event));

		UUID handled = UUID.randomUUID();
		UUID unhandled = UUID.randomUUID();
		this.dsl.execute("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, "
				+ "publication_date, completion_date, status) VALUES (?, 'l', 'e', '{}', ?, ?, 'COMPLETED'), "
				+ "(?, 'l', 'e', '{}', ?, NULL, 'PUBLISHED')", bind(handled, start, start, unhandled, start));
		kept.put(PersonalData.EVENT_PUBLICATIONS,
				() -> this.dsl.fetchExists(this.dsl.selectOne().from("event_publication").where("id = ?", handled)));

		long handoff = id(
				"INSERT INTO kiosk_handoff (token_hash, target, language, created_at, expires_at) "
						+ "VALUES ('retention-test', '/lernen', 'de', ?, ?) RETURNING id",
				start.minus(Duration.ofMinutes(10)), start);
		kept.put(PersonalData.KIOSK_HANDOFFS, exists("kiosk_handoff", handoff));

		ResumeCode code = this.learning.resumeCode("touchscreen-basics", "scroll");
		kept.put(PersonalData.TUTORIAL_RESUME_CODES, () -> this.dsl
			.fetchExists(this.dsl.selectOne().from("tutorial_resume_code").where("code = ?", code.code())));

		// an idea decided now, with the address of its author and a report a moderator
		// decided now
		long idea = id("INSERT INTO idea (title, problem, proposal, beneficiaries, channel, state, "
				+ "created_at, state_changed_at) VALUES ('Mehr Bänke', 'Zu wenig Bänke', 'Bänke aufstellen', 'Alle', "
				+ "'WEB', 'SUBMITTED', ?, ?) RETURNING id", start, start);
		// a change of state needs its timeline entry in the same transaction
		this.dsl.transaction(step -> {
			step.dsl()
				.execute("INSERT INTO idea_transition (idea_id, from_state, to_state, justification, at) "
						+ "VALUES (?, 'SUBMITTED', 'NOT_FEASIBLE', 'Nicht machbar', ?)", bind(idea, start));
			step.dsl().execute("UPDATE idea SET state = 'NOT_FEASIBLE' WHERE id = ?", idea);
		});
		this.dsl.execute("INSERT INTO idea_contact (idea_id, email, consent_text, language, consented_at) "
				+ "VALUES (?, 'h@example.org', 'Ja', 'de', ?)", bind(idea, start));
		kept.put(PersonalData.IDEA_CONTACTS,
				() -> this.dsl.fetchExists(this.dsl.selectOne().from("idea_contact").where("idea_id = ?", idea)));
		long report = id("INSERT INTO idea_report (idea_id, account_id, reason, at, reviewed_at) "
				+ "VALUES (?, ?, 'Beleidigend', ?, ?) RETURNING id", idea, account, start, start);
		kept.put(PersonalData.IDEA_REPORTS, exists("idea_report", report));

		// an address nobody confirmed, whose link went out now, and one confirmed
		long unconfirmed = id("INSERT INTO email_consent (account_id, email, language, token_hash, "
				+ "token_expires_at, sent_at, unsubscribe_token, created_at) VALUES (?, 'h@example.org', 'de', ?, ?, ?, "
				+ "?, ?) RETURNING id", account, "a".repeat(64), start.plus(Duration.ofDays(1)), start, "u".repeat(43),
				start);
		kept.put(PersonalData.UNCONFIRMED_EMAILS, exists("email_consent", unconfirmed));
		long confirmedAccount = this.accounts.ensure("retention-aylin", Role.RESIDENT).id();
		long confirmed = id(
				"INSERT INTO email_consent (account_id, email, language, sent_at, confirmed_at, "
						+ "unsubscribe_token, created_at) VALUES (?, 'a@example.org', 'de', ?, ?, ?, ?) RETURNING id",
				confirmedAccount, start, start, "c".repeat(43), start);

		assertThat(kept.keySet()).containsExactlyInAnyOrder(PersonalData.values());
		for (PersonalData kind : Arrays.stream(PersonalData.values())
			.sorted((a, b) -> this.retention.of(a).compareTo(this.retention.of(b)))
			.toList()) {
			this.clock.set(start.plus(this.retention.of(kind)).minus(HOUR));
			this.schedule.applyAll();
			assertThat(Objects.requireNonNull(kept.get(kind)).getAsBoolean())
				.as(kind + " an hour before its period ends")
				.isTrue();

			this.clock.set(start.plus(this.retention.of(kind)).plus(HOUR));
			this.schedule.applyAll();
			this.schedule.applyAll();
			assertThat(Objects.requireNonNull(kept.get(kind)).getAsBoolean())
				.as(kind + " an hour after its period ended")
				.isFalse();
		}

		// anonymised, not deleted: the booking still counts; a booking of an account is
		// the account's and goes with it (see MyDataService), not with this period
		assertThat(
				this.dsl.fetchValue(
						"SELECT count(*) FROM booking WHERE id = ? AND anonymised_at IS NOT NULL "
								+ "AND name IS NULL AND phone IS NULL AND email IS NULL AND status = 'CONFIRMED'",
						booking))
			.isEqualTo(1L);
		assertThat(this.dsl.fetchValue("SELECT name FROM booking WHERE id = ? AND account_id = ?", signedIn, account))
			.isEqualTo("Test retention-helga");
		// what is still going on stays: an item not back, an unhandled event, a delivery
		// still waiting
		assertThat(exists("locker_reservation", open).getAsBoolean()).isTrue();
		assertThat(this.dsl.fetchExists(this.dsl.selectOne().from("event_publication").where("id = ?", unhandled)))
			.isTrue();
		assertThat(this.dsl.fetchExists(this.dsl.selectOne().from("idea").where("id = ?", idea))).isTrue();
		assertThat(exists("notification_delivery", pending).getAsBoolean()).isTrue();
		// a confirmed address stays as long as its account
		assertThat(exists("email_consent", confirmed).getAsBoolean()).isTrue();
	}

	private long id(String sql, Object... bindings) {
		return ((Number) Objects.requireNonNull(this.dsl.fetchValue(sql, bind(bindings)))).longValue();
	}

	/** Instants as times with a zone: plain SQL would send them as text. */
	private static Object[] bind(Object... bindings) {
		return Arrays.stream(bindings)
			.map(value -> value instanceof Instant instant
					? DSL.field("cast({0} as timestamptz)", SQLDataType.INSTANT, DSL.val(instant.toString())) : value)
			.toArray();
	}

	private BooleanSupplier exists(String table, long id) {
		return () -> this.dsl.fetchExists(this.dsl.selectOne().from(table).where("id = ?", id));
	}

}
