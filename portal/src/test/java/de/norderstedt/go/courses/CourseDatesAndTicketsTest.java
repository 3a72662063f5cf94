package de.norderstedt.go.courses;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.qr.QrCodes;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@RecordApplicationEvents
class CourseDatesAndTicketsTest {

	@Autowired
	CourseService courses;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingNews news;

	@Autowired
	ParticipantService participants;

	@Autowired
	TestCourses testCourses;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_calendar_file_parses_and_has_the_local_time_in_norderstedt() throws Exception {
		// one date in winter time and one in summer time
		LocalDate winter = LocalDate.now(CityTime.ZONE).plusYears(1).withMonth(1).withDayOfMonth(15);
		LocalDate summer = winter.withMonth(7);
		List<Long> dates = this.testCourses.course("Kalender", this.testCourses.place("Ort"), 5,
				List.of(NewCourse.Slot.on(winter, LocalTime.of(10, 0), LocalTime.of(11, 30)),
						NewCourse.Slot.on(summer, LocalTime.of(10, 0), LocalTime.of(11, 30))));
		for (long date : dates) {
			Booking booking = this.bookings.book(new BookingRequest(date, "Helga Hansen", "040 123", null, false));
			String ics = this.bookings.calendar(booking.code().toLowerCase(), Locale.GERMAN).orElseThrow();
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
			Temporal start = Objects.requireNonNull(event.getDateTimeStart()).getDate();
			assertThat(start).isInstanceOf(ZonedDateTime.class);
			ZonedDateTime local = ((ZonedDateTime) start).withZoneSameInstant(CityTime.ZONE);
			assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
			assertThat(((ZonedDateTime) start).toInstant()).isEqualTo(this.courses.date(date).orElseThrow().startsAt());
			assertThat(ics).contains("TZID=Europe/Berlin").contains("BEGIN:VTIMEZONE");
			assertThat(Objects.requireNonNull(event.getSummary()).getValue()).isEqualTo("Kalender");
			assertThat(Objects.requireNonNull(event.getLocation()).getValue()).contains("Rathausallee 50");
		}
		assertThat(this.bookings.calendar("AAAAAAAA", Locale.GERMAN)).isEmpty();
	}

	@Test
	void a_cancelled_booking_s_calendar_file_cancels_the_event_with_the_same_uid_and_a_higher_sequence()
			throws Exception {
		List<Long> dates = this.testCourses.course("Absage", this.testCourses.place("Ort"), 5,
				List.of(TestCourses.inDays(6, 10), TestCourses.inDays(13, 10)));
		Booking booking = this.bookings.book(new BookingRequest(dates.get(0), "Helga Hansen", "040 123", null, false));
		VEvent before = event(booking.code());
		assertThat(before.getProperty(Property.STATUS)).isEmpty();

		this.bookings.cancel(booking.code());

		VEvent after = event(booking.code());
		assertThat(after.getUid().orElseThrow().getValue()).isEqualTo(before.getUid().orElseThrow().getValue());
		assertThat(after.<Status>getProperty(Property.STATUS).orElseThrow().getValue())
			.isEqualTo(Status.VALUE_CANCELLED);
		assertThat(sequence(after)).isGreaterThan(sequence(before));
		assertThat(Objects.requireNonNull(after.getDescription()).getValue()).contains("storniert");

		// a date moved, then cancelled by the trainer: each time a higher sequence
		Booking other = this.bookings.book(new BookingRequest(dates.get(1), "Gisela Groth", "040 456", null, false));
		int first = sequence(event(other.code()));
		this.accounts.signIn(TestCourses.TRAINER);
		this.courses.moveDate(dates.get(1), TestCourses.inDays(14, 15));
		VEvent moved = event(other.code());
		assertThat(sequence(moved)).isGreaterThan(first);
		assertThat(moved.getProperty(Property.STATUS)).isEmpty();
		this.courses.cancelDate(dates.get(1), null);
		VEvent called = event(other.code());
		assertThat(sequence(called)).isGreaterThan(sequence(moved));
		assertThat(called.<Status>getProperty(Property.STATUS).orElseThrow().getValue())
			.isEqualTo(Status.VALUE_CANCELLED);
		assertThat(called.getUid().orElseThrow().getValue()).isEqualTo("booking-" + other.code() + "@norderstedt-go");
	}

	private VEvent event(String code) throws Exception {
		String ics = this.bookings.calendar(code, Locale.GERMAN).orElseThrow();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		// a snapshot, not a scheduling message (RFC 5546 needs an organizer for CANCEL)
		assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
		return calendar.<VEvent>getComponents("VEVENT").get(0);
	}

	private static int sequence(VEvent event) {
		// RFC 5545: a component without SEQUENCE has sequence 0
		return event.<Sequence>getProperty(Property.SEQUENCE).map(Sequence::getSequenceNo).orElse(0);
	}

	@Test
	void a_booking_code_stops_working_thirty_days_after_its_date_ended() {
		long date = this.testCourses.dateWithCapacity(3);
		Booking booking = this.bookings.book(new BookingRequest(date, "Jens Kurz", null, "jens@example.org", false));

		endedAgo(date, Duration.ofDays(29));
		assertThat(this.bookings.ticket(booking.code())).isPresent();
		assertThat(this.bookings.calendar(booking.code(), Locale.GERMAN)).isPresent();

		endedAgo(date, Duration.ofDays(31));
		assertThat(this.bookings.ticket(booking.code())).isEmpty();
		assertThat(this.bookings.calendar(booking.code(), Locale.GERMAN)).isEmpty();
	}

	/**
	 * Moves a date into the past (no service does: a test of what happens long after).
	 */
	private void endedAgo(long date, Duration ago) {
		java.time.Instant end = java.time.Instant.now().minus(ago);
		this.jdbc.update("UPDATE course_date SET starts_at = ?, ends_at = ? WHERE id = ?",
				java.sql.Timestamp.from(end.minus(Duration.ofMinutes(90))), java.sql.Timestamp.from(end), date);
	}

	@Test
	void a_ticket_qr_code_decodes_to_the_ticket_code() {
		long date = this.testCourses.dateWithCapacity(3);
		Booking booking = this.bookings.book(new BookingRequest(date, "Jens", null, "jens@example.org", false));
		assertThat(QrCodes.read(QrCodes.image(booking.code(), 4))).contains(booking.code());
		assertThat(this.bookings.ticket(booking.code()).orElseThrow().place().name()).startsWith("Stadtbücherei");
	}

	@Test
	void check_in_by_code_refuses_other_dates_cancelled_and_waiting_tickets_and_the_list_shows_who_came()
			throws Exception {
		List<Long> dates = this.testCourses.course("Check-in", this.testCourses.place("Ort"), 1,
				List.of(TestCourses.inDays(2, 10), TestCourses.inDays(9, 10)));
		long date = dates.get(0);
		Booking aylin = this.bookings.book(new BookingRequest(date, "Aylin Yıldız", "0151 222", null, false));
		Booking waiting = this.bookings.book(new BookingRequest(date, "Jürgen Groß", "0151 333", null, false));
		Booking other = this.bookings.book(new BookingRequest(dates.get(1), "Other", "0151 444", null, false));
		this.accounts.signIn(TestCourses.TRAINER);

		assertRefused(() -> this.participants.checkIn(date, other.code()), "code", "courses.error.ticket-other-date");
		assertRefused(() -> this.participants.checkIn(date, waiting.code()), null, "courses.error.ticket-waiting");
		assertRefused(() -> this.participants.checkIn(date, "ZZZZZZZZ"), "code", "courses.error.ticket-unknown");
		assertRefused(() -> this.participants.checkIn(date, "nonsense"), "code", "courses.error.ticket-unknown");
		CheckIn first = this.participants.checkIn(date, aylin.code().toLowerCase());
		assertThat(first.alreadyCheckedIn()).isFalse();
		assertThat(first.booking().checkedInAt()).isNotNull();
		assertThat(this.participants.checkIn(date, aylin.code()).alreadyCheckedIn()).isTrue();

		String pdf;
		try (var document = Loader.loadPDF(this.participants.participantsPdf(date, Locale.GERMAN))) {
			pdf = new PDFTextStripper().getText(document);
		}
		assertThat(pdf).contains("Check-in").contains("Aylin Yıldız").contains("Da seit").contains("Jürgen Groß");
		String csv = new String(this.participants.participantsCsv(date, Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(csv).contains("Aylin Yıldız").contains("Here since").contains("Waiting list, position 1");

		this.participants.markNoShow(aylin.id());
		assertThat(this.bookings.findByCode(aylin.code()).orElseThrow().noShow()).isTrue();
		assertThat(this.bookings.findByCode(aylin.code()).orElseThrow().checkedInAt()).isNull();
		this.accounts.signOut();
		this.bookings.cancel(other.code());
		this.accounts.signIn(TestCourses.TRAINER);
		assertRefused(() -> this.participants.checkIn(dates.get(1), other.code()), null,
				"courses.error.ticket-cancelled");

		this.accounts.ensure("someone-else", Role.TRAINER);
		this.accounts.signIn("someone-else");
		assertThatThrownBy(() -> this.participants.checkIn(date, aylin.code()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void capacity_cannot_drop_below_the_bookings_and_more_places_promote_people_waiting() {
		long place = this.testCourses.place("Ort");
		long date = this.testCourses.course("Kapazität", place, 1, List.of(TestCourses.inDays(3, 10))).get(0);
		this.bookings.book(new BookingRequest(date, "Eins", "040 1", null, false));
		Booking second = this.bookings.book(new BookingRequest(date, "Zwei", "040 2", null, false));
		Booking third = this.bookings.book(new BookingRequest(date, "Drei", "040 3", null, false));
		assertThat(third.waitingPosition()).isEqualTo(2);
		long course = this.courses.courseOfDate(date).orElseThrow();
		this.accounts.signIn(TestCourses.TRAINER);
		CourseDetails details = new CourseDetails("Kapazität", "Text", CourseTopic.SMARTPHONE, CourseLevel.BEGINNER,
				null, place, 2, 0);
		this.courses.updateCourse(course, details);
		assertThat(this.bookings.findByCode(second.code()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.bookings.findByCode(third.code()).orElseThrow().waitingPosition()).isEqualTo(1);
		assertRefused(() -> this.courses.updateCourse(course, new CourseDetails("Kapazität", "Text",
				CourseTopic.SMARTPHONE, CourseLevel.BEGINNER, null, place, 1, 0)), "capacity",
				"courses.error.capacity-below-bookings");
		assertThat(this.courses.date(date).orElseThrow().capacity()).isEqualTo(2);
		assertRefused(() -> this.courses.updateCourse(course,
				new CourseDetails(" ", "Text", CourseTopic.SMARTPHONE, CourseLevel.BEGINNER, null, place, 2, 0)),
				"title", "courses.error.title");
		assertThat(this.events.stream(BookingEvents.BookingPromoted.class))
			.containsExactly(new BookingEvents.BookingPromoted(second.id(), date, null, false));
	}

	@Test
	void a_cancelled_or_moved_date_tells_everyone_booked_in_the_app() {
		this.accounts.ensure("resident-notices", Role.RESIDENT);
		Account resident = this.accounts.ensure("resident-notices", Role.RESIDENT);
		List<Long> dates = this.testCourses.course("Nachrichten", this.testCourses.place("Ort"), 5,
				List.of(TestCourses.inDays(4, 10), TestCourses.inDays(11, 10)));
		this.accounts.signIn("resident-notices");
		Booking first = this.bookings.book(new BookingRequest(dates.get(0), resident.displayName(), null, null, true));
		this.bookings.book(new BookingRequest(dates.get(1), resident.displayName(), null, null, true));
		this.accounts.signIn(TestCourses.TRAINER);
		this.courses.cancelDate(dates.get(0), "Die Trainerin ist krank.");
		this.courses.moveDate(dates.get(1), TestCourses.inDays(12, 14));
		this.participants.messageParticipants(dates.get(1), "Bitte bringen Sie Ihr Ladekabel mit.");
		assertRefused(() -> this.courses.cancelDate(dates.get(0), null), null, "courses.error.date-cancelled");
		assertRefused(() -> this.participants.messageParticipants(dates.get(1), "  "), "message",
				"courses.error.message");
		assertRefused(() -> this.courses.cancelDate(dates.get(1), "x".repeat(501)), "reason", Input.TOO_LONG);
		assertRefused(
				() -> this.courses.moveDate(dates.get(1),
						new NewCourse.Slot(java.time.Instant.now().minusSeconds(60), java.time.Instant.now())),
				"dates", "courses.error.date-past");

		this.accounts.signIn("resident-notices");
		// the notification centre tells them, after the commits, through the event
		// registry
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.news.mine(Locale.GERMAN)).extracting(BookingNews.Item::title)
				.anySatisfy(title -> assertThat(title).startsWith("Buchung bestätigt: Nachrichten"))
				.anySatisfy(title -> assertThat(title).startsWith("Termin fällt aus: Nachrichten"))
				.anySatisfy(title -> assertThat(title).startsWith("Termin verschoben: Nachrichten"))
				.anySatisfy(title -> assertThat(title).startsWith("Nachricht der Kursleitung: Nachrichten")));
		assertThat(this.news.mine(Locale.GERMAN)).filteredOn(n -> n.title().startsWith("Termin fällt aus"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("Die Trainerin ist krank."))
			.satisfies(n -> assertThat(n.link()).isEqualTo("/ticket/" + first.code()));
		assertThat(this.news.mine(Locale.ENGLISH)).filteredOn(n -> n.title().startsWith("Message from the trainer"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("Bitte bringen Sie Ihr Ladekabel mit."));
		assertThat(this.bookings.myBookings()).hasSize(2);
		assertThat(this.news.mine(Locale.GERMAN)).anyMatch(BookingNews.Item::unread);
		this.news.markRead(this.news.mine(Locale.GERMAN).stream().map(BookingNews.Item::id).toList());
		assertThat(this.news.mine(Locale.GERMAN)).noneMatch(BookingNews.Item::unread);
	}

	@Test
	void a_reminder_goes_out_once_for_each_confirmed_booking_within_24_hours() {
		Account resident = this.accounts.ensure("resident-reminder", Role.RESIDENT);
		long soon = this.testCourses.course("Bald", this.testCourses.place("Ort"), 1,
				List.of(new NewCourse.Slot(java.time.Instant.now().plus(Duration.ofHours(5)),
						java.time.Instant.now().plus(Duration.ofHours(6)))))
			.get(0);
		this.accounts.signIn("resident-reminder");
		Booking booked = this.bookings.book(new BookingRequest(soon, resident.displayName(), null, null, true));
		this.accounts.signOut();
		Booking waiting = this.bookings.book(new BookingRequest(soon, "Wartend", "040 9", null, false));

		this.bookings.sendDueReminders();
		this.bookings.sendDueReminders();
		assertThat(this.events.stream(BookingEvents.BookingReminderDue.class)
			.filter(e -> e.dateId() == soon)
			.map(BookingEvents.BookingReminderDue::bookingId)).containsExactly(booked.id());
		assertThat(waiting.status()).isEqualTo(BookingStatus.WAITING);
		this.accounts.signIn("resident-reminder");
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.news.mine(Locale.GERMAN)).extracting(BookingNews.Item::title)
				.anySatisfy(title -> assertThat(title).isEqualTo("Erinnerung: Bald")));
	}

	@Test
	void a_weekly_series_keeps_the_local_time_across_the_change_of_summer_time() {
		LocalDate summerTime = LocalDate.of(LocalDate.now().getYear() + 1, 3, 1)
			.with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
		LocalDate first = summerTime.minusDays(8);
		List<NewCourse.Slot> slots = NewCourse.Slot.weekly(first, LocalTime.of(10, 0), LocalTime.of(11, 0), 4);
		assertThat(slots).extracting(s -> s.startsAt().atZone(CityTime.ZONE).toLocalTime())
			.containsOnly(LocalTime.of(10, 0));
		assertThat(Duration.between(slots.get(1).startsAt(), slots.get(2).startsAt())).isEqualTo(Duration.ofHours(167));
		assertThat(Set.copyOf(slots)).hasSize(4);
	}

}
