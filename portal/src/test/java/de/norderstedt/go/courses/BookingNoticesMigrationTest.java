package de.norderstedt.go.courses;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V013 moves the booking notices of before the notification centre into it, where an
 * equivalent entry is missing, and drops their table. Run on a throw-away database
 * migrated to V012 with notices in it.
 */
class BookingNoticesMigrationTest {

	@Test
	void old_notices_move_into_the_notification_centre_once_and_their_table_goes() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			DataSource data = postgres.getPostgresDatabase();
			flyway(data, "12").migrate();
			JdbcTemplate jdbc = new JdbcTemplate(data);
			long account = id(jdbc, "INSERT INTO account (username, display_name, password_hash) "
					+ "VALUES ('helga', 'Helga Hansen', 'x') RETURNING id");
			long place = id(jdbc, "INSERT INTO place (name, address, seats) VALUES ('Bücherei', 'Rathausallee 50', 20) "
					+ "RETURNING id");
			long course = id(jdbc, "INSERT INTO course (title, description, topic, level, place_id, capacity) "
					+ "VALUES ('Tablet', 'Text', 'SMARTPHONE', 'BEGINNER', ?, 5) RETURNING id", place);
			long date = id(jdbc, "INSERT INTO course_date (course_id, starts_at, ends_at) "
					+ "VALUES (?, '2026-12-03T09:00:00Z', '2026-12-03T10:30:00Z') RETURNING id", course);
			long booking = id(jdbc, "INSERT INTO booking (date_id, code, status, name, account_id) "
					+ "VALUES (?, 'K7MX3PQA', 'CONFIRMED', 'Helga Hansen', ?) RETURNING id", date, account);
			long message = id(jdbc,
					"INSERT INTO course_message (date_id, body) VALUES (?, 'Bitte Ladekabel mitbringen.') "
							+ "RETURNING id",
					date);
			// the confirmation is in the notification centre already (told after V012)
			jdbc.update("INSERT INTO notification (account_id, category, source, title_de, body_de, title_en, body_en, "
					+ "shown_in_app, created_at) VALUES (?, 'BOOKING', ?, 'Buchung bestätigt: Tablet', 'schon da', "
					+ "'Booking confirmed: Tablet', 'already there', true, now())", account,
					"booking-confirmed:" + booking);
			jdbc.update("INSERT INTO booking_notice (account_id, booking_id, kind, read_at) "
					+ "VALUES (?, ?, 'CONFIRMED', now())", account, booking);
			jdbc.update("INSERT INTO booking_notice (account_id, booking_id, kind, detail, read_at) "
					+ "VALUES (?, ?, 'DATE_MOVED', '2026-12-10T13:00:00Z', now())", account, booking);
			jdbc.update("INSERT INTO booking_notice (account_id, booking_id, kind, message_id, detail) "
					+ "VALUES (?, ?, 'MESSAGE', ?, 'Bitte Ladekabel mitbringen.')", account, booking, message);

			flyway(data, "13").migrate();

			List<Map<String, @Nullable Object>> entries = jdbc.queryForList(
					"SELECT source, title_de, body_de, body_en, link, read_at IS NOT NULL AS read, shown_in_app "
							+ "FROM notification WHERE account_id = ? ORDER BY id",
					account);
			assertThat(entries).extracting(e -> e.get("source"))
				.containsExactly("booking-confirmed:" + booking, "booking-date-moved:1796907600:" + booking,
						"booking-message:" + message + ":" + booking);
			assertThat(entries.get(0).get("body_de")).as("the entry there is kept").isEqualTo("schon da");
			assertThat(entries.get(1).get("title_de")).isEqualTo("Termin verschoben: Tablet");
			assertThat(entries.get(1).get("body_de"))
				.isEqualTo("„Tablet“ am 03.12.2026, 10:00 Uhr. " + "Neue Zeit: 10.12.2026, 14:00 Uhr.");
			assertThat(entries.get(1).get("body_en"))
				.isEqualTo("\"Tablet\" on 3 Dec 2026, 10:00 am. " + "New time: 10 Dec 2026, 2:00 pm.");
			assertThat(entries.get(1).get("read")).isEqualTo(true);
			assertThat(entries.get(2).get("title_de")).isEqualTo("Nachricht der Kursleitung: Tablet");
			assertThat((String) entries.get(2).get("body_de")).endsWith("Bitte Ladekabel mitbringen.");
			assertThat(entries.get(2).get("read")).isEqualTo(false);
			assertThat(entries).allSatisfy(e -> assertThat(e.get("shown_in_app")).isEqualTo(true));
			assertThat(entries.get(2).get("link")).isEqualTo("/ticket/K7MX3PQA");
			assertThat(jdbc.queryForObject("SELECT to_regclass('booking_notice') IS NULL", Boolean.class)).isTrue();
		}
	}

	private static Flyway flyway(DataSource data, String target) {
		return Flyway.configure().dataSource(data).locations("classpath:db/migration").target(target).load();
	}

	private static long id(JdbcTemplate jdbc, String sql, Object... arguments) {
		Long id = jdbc.queryForObject(sql, Long.class, arguments);
		return id == null ? -1 : id;
	}

}
