package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.web.Codes;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What trainers do with the people of a date: the participant and waiting lists, check-in
 * by ticket or by name, attendance, notes, a message to everyone, and the list to print.
 * Only the course's trainers and admins may.
 */
@Service
public class ParticipantService {

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final ParticipantLists lists;

	private final Clock clock;

	ParticipantService(CourseRepository courses, BookingRepository bookings, AccountService accounts,
			ApplicationEventPublisher events, ParticipantLists lists, Clock clock) {
		this.courses = courses;
		this.bookings = bookings;
		this.accounts = accounts;
		this.events = events;
		this.lists = lists;
		this.clock = clock;
	}

	/** Everyone booked, waiting or cancelled for a date, in order of booking. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Booking> bookings(long dateId) {
		requireTrainerOfDate(dateId);
		return this.bookings.findByDate(dateId);
	}

	/**
	 * Checks in the ticket with this code (typed or read from its QR code) for this date.
	 * Unknown, cancelled and waiting tickets and tickets for another date are refused and
	 * change nothing.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public CheckIn checkIn(long dateId, String code) {
		requireTrainerOfDate(dateId);
		Booking booking = Codes.parse(code, BookingService.CODE_LENGTH)
			.flatMap(this.bookings::findByCode)
			.orElseThrow(() -> Refusal.at("code", "courses.error.ticket-unknown"));
		if (booking.dateId() != dateId) {
			throw Refusal.at("code", "courses.error.ticket-other-date");
		}
		return checkIn(booking);
	}

	/** Checks in a person by tapping their name. */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public CheckIn checkInBooking(long bookingId) {
		Booking booking = managedBooking(bookingId);
		return checkIn(booking);
	}

	private CheckIn checkIn(Booking booking) {
		this.bookings.lockDate(booking.dateId());
		Booking current = this.bookings.findById(booking.id()).orElseThrow();
		switch (current.status()) {
			case CANCELLED -> throw new Refusal("courses.error.ticket-cancelled");
			case WAITING -> throw new Refusal("courses.error.ticket-waiting");
			case CONFIRMED -> {
				// checked in below
			}
		}
		if (current.isCheckedIn()) {
			return new CheckIn(current, true);
		}
		this.bookings.checkIn(current.id(), this.clock.instant());
		return new CheckIn(this.bookings.findById(current.id()).orElseThrow(), false);
	}

	/** Marks a confirmed person as not come (and undoes a check-in). */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public Booking markNoShow(long bookingId) {
		return setNoShow(bookingId, true);
	}

	/** Neither checked in nor marked as not come. */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public Booking resetAttendance(long bookingId) {
		return setNoShow(bookingId, false);
	}

	private Booking setNoShow(long bookingId, boolean noShow) {
		Booking booking = managedBooking(bookingId);
		this.bookings.lockDate(booking.dateId());
		Booking current = this.bookings.findById(bookingId).orElseThrow();
		if (current.status() != BookingStatus.CONFIRMED) {
			throw new Refusal(current.status() == BookingStatus.CANCELLED ? "courses.error.ticket-cancelled"
					: "courses.error.ticket-waiting");
		}
		this.bookings.setNoShow(bookingId, noShow);
		return this.bookings.findById(bookingId).orElseThrow();
	}

	/** The trainers' note for a date (empty removes it). */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void saveNote(long dateId, @Nullable String note) {
		requireTrainerOfDate(dateId);
		String text = Input.optionalLines("note", note, 4000);
		this.courses.setNote(dateId, text);
	}

	/**
	 * Writes to everyone booked or waiting for a date (event
	 * {@code ParticipantsMessaged}).
	 * @return how many people the message goes to
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public int messageParticipants(long dateId, String body) {
		Account author = requireTrainerOfDate(dateId);
		String text = Input.requiredLines("message", body, 2000, "courses.error.message");
		int recipients = this.bookings.activeOfDate(dateId).size();
		if (recipients == 0) {
			throw new Refusal("courses.error.message-nobody");
		}
		long messageId = this.courses.insertMessage(dateId, author.id(), text);
		this.events.publishEvent(new BookingEvents.ParticipantsMessaged(dateId, messageId));
		return recipients;
	}

	/** The participant list of a date as CSV (UTF-8 with BOM, for spreadsheets). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public byte[] participantsCsv(long dateId, Locale locale) {
		requireTrainerOfDate(dateId);
		return this.lists.csv(this.courses.date(dateId).orElseThrow(), this.bookings.findByDate(dateId), locale);
	}

	/** The participant list of a date as a PDF to print. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public byte[] participantsPdf(long dateId, Locale locale) {
		requireTrainerOfDate(dateId);
		CourseDate date = this.courses.date(dateId).orElseThrow();
		return this.lists.pdf(date, this.courses.place(date.placeId()).orElseThrow(), this.bookings.findByDate(dateId),
				locale);
	}

	private Booking managedBooking(long bookingId) {
		Booking booking = this.bookings.findById(bookingId)
			.orElseThrow(() -> new Refusal("courses.error.ticket-unknown"));
		requireTrainerOfDate(booking.dateId());
		return booking;
	}

	/**
	 * The courses the signed-in person is a trainer of that have a date today (see
	 * {@link ConsentWindow}), each with the confirmed participants who agreed for that
	 * date that their trainers see their tutorial progress, and how many did not, without
	 * names. Admins are no exception: people agree to show their progress to their
	 * trainers ("meine Trainerin / mein Trainer"), not to the platform's staff, so an
	 * admin sees only the courses she is a trainer of herself.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<CourseLearners> learnersToday() {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
		Instant now = this.clock.instant();
		Map<Long, List<BookingRepository.RunningBooking>> byCourse = this.bookings
			.runningBookings(account.id(), ConsentWindow.dayStart(now), ConsentWindow.dayEnd(now))
			.stream()
			.collect(Collectors.groupingBy(BookingRepository.RunningBooking::courseId, LinkedHashMap::new,
					Collectors.toList()));
		List<CourseLearners> courses = new ArrayList<>();
		for (List<BookingRepository.RunningBooking> course : byCourse.values()) {
			// a person booked on two dates of the course today counts once
			Map<Long, String> agreed = new LinkedHashMap<>();
			Set<Long> withAccount = new HashSet<>();
			int withoutAccount = 0;
			for (BookingRepository.RunningBooking booking : course) {
				Long accountId = booking.accountId();
				String name = booking.name();
				if (accountId == null) {
					withoutAccount++;
					continue;
				}
				withAccount.add(accountId);
				if (booking.consent() && name != null) {
					agreed.putIfAbsent(accountId, name);
				}
			}
			List<Learner> learners = agreed.entrySet()
				.stream()
				.map(entry -> new Learner(entry.getKey(), entry.getValue()))
				.toList();
			courses.add(new CourseLearners(course.getFirst().courseId(), course.getFirst().courseTitle(), learners,
					withAccount.size() - learners.size(), withoutAccount));
		}
		return courses;
	}

	private Account requireTrainerOfDate(long dateId) {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
		if (this.courses.courseOfDate(dateId).isEmpty()) {
			throw new Refusal("courses.error.date-unknown");
		}
		if (!account.hasRole(Role.ADMIN) && !this.courses.isTrainerOfDate(account.id(), dateId)) {
			throw new AccessDeniedException("not a trainer of this course");
		}
		return account;
	}

}
