package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Codes;
import de.norderstedt.go.web.Input;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places, courses and bookings. Capacity is a promise: a booking locks its course date,
 * so there are never more confirmed bookings than places, also when many people book at
 * once. A full date puts the booking on the waiting list; a cancellation gives the place
 * to the person who waited longest.
 */
@Service
public class CourseService {

	/** Norderstedt's time zone: course times are local times there. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** The letters of booking codes: no 0/O, 1/I/L that people mix up. */

	/** 8 of 31 letters: about 40 bits, short enough to read out, too many to guess. */
	public static final int CODE_LENGTH = 8;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{3,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern NAME_LETTER = Pattern.compile("\\p{L}");

	private static final int MAX_DATES = 100;

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final TicketCalendars calendars;

	private final BookingDesk desk;

	private final Clock clock;

	CourseService(CourseRepository courses, BookingRepository bookings, AccountService accounts,
			ApplicationEventPublisher events, TicketCalendars calendars, BookingDesk desk, Clock clock) {
		this.courses = courses;
		this.bookings = bookings;
		this.accounts = accounts;
		this.events = events;
		this.calendars = calendars;
		this.desk = desk;
		this.clock = clock;
	}

	// ---- places

	@Transactional(readOnly = true)
	public List<Place> places() {
		return this.courses.places();
	}

	@Transactional(readOnly = true)
	public Optional<Place> place(long id) {
		return this.courses.place(id);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long createPlace(NewPlace place) {
		NewPlace valid = validPlace(place, null);
		return this.courses.insertPlace(valid);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void updatePlace(long id, NewPlace place) {
		NewPlace valid = validPlace(place, id);
		if (!this.courses.updatePlace(id, valid)) {
			throw new BookingException("courses.error.place");
		}
	}

	private NewPlace validPlace(NewPlace place, @Nullable Long id) {
		String name = text(place.name(), 200, "courses.error.place-name", false);
		String address = text(place.address(), 300, "courses.error.place-address", false);
		if (place.seats() < 1 || place.seats() > 1000) {
			throw new BookingException("courses.error.seats");
		}
		if (this.courses.placeNameTaken(name, id)) {
			throw new BookingException("courses.error.place-taken");
		}
		return new NewPlace(name, address, place.stepFree(), place.hearingLoop(), place.accessibleToilet(),
				place.seats());
	}

	// ---- courses and dates, for everyone

	/**
	 * Dates that have not begun and are not cancelled, matching the filter, soonest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<CourseDate> upcoming(CourseFilter filter) {
		return this.courses.upcoming(filter, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<Course> course(long courseId) {
		return this.courses.course(courseId);
	}

	@Transactional(readOnly = true)
	public Optional<CourseDate> date(long dateId) {
		return this.courses.date(dateId);
	}

	/**
	 * A booking, for messages to the person (the notifications feature); not for screens,
	 * which find bookings by their code.
	 */
	@Transactional(readOnly = true)
	public Optional<Booking> bookingToTell(long bookingId) {
		return this.bookings.findById(bookingId);
	}

	/**
	 * The bookings of a date that are told when it is cancelled or moved (confirmed and
	 * waiting).
	 */
	@Transactional(readOnly = true)
	public List<Booking> bookingsToTell(long dateId) {
		return this.bookings.activeOfDate(dateId);
	}

	// ---- courses and dates, for trainers

	/** The courses the signed-in trainer runs; for admins all courses. Newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Course> myCourses() {
		Account account = signedIn();
		return this.courses.courseIds(account.hasRole(Role.ADMIN) ? null : account.id())
			.stream()
			.map(id -> this.courses.course(id).orElseThrow())
			.toList();
	}

	/** Whether the signed-in person may manage the course (its trainers and admins). */
	@Transactional(readOnly = true)
	public boolean canManage(long courseId) {
		return this.accounts.currentAccount()
			.map(account -> account.hasRole(Role.ADMIN)
					|| account.hasRole(Role.TRAINER) && this.courses.isTrainerOfCourse(account.id(), courseId))
			.orElse(false);
	}

	/**
	 * Checks a course's details without saving anything, so a form can point at a mistake
	 * in the details before one in the dates.
	 * @throws BookingException with the message key of the first mistake
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void checkDetails(CourseDetails details) {
		validCourse(details);
	}

	/**
	 * Creates a course with its dates; the trainer who creates it runs it.
	 * @return the ids of the new dates, in order
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Long> createCourse(NewCourse course) {
		CourseDetails details = validCourse(course.details());
		validSlots(course.dates());
		long courseId = this.courses.insertCourse(details);
		Account account = signedIn();
		if (account.hasRole(Role.TRAINER)) {
			this.courses.addTrainer(courseId, account.id());
		}
		for (NewCourse.Slot slot : course.dates()) {
			this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt());
		}
		return this.courses.dateIds(courseId);
	}

	/** The course a date belongs to. */
	@Transactional(readOnly = true)
	public Optional<Long> courseOfDate(long dateId) {
		return this.courses.courseOfDate(dateId);
	}

	/**
	 * Changes a course. Capacity may not fall below the confirmed bookings of a coming
	 * date; when it grows, people waiting get the new places.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void updateCourse(long courseId, CourseDetails change) {
		requireManager(courseId);
		CourseDetails details = validCourse(change);
		this.courses.lockCourse(courseId).orElseThrow(() -> new BookingException("courses.error.course-unknown"));
		this.bookings.lockDatesOfCourse(courseId);
		Instant now = this.clock.instant();
		if (details.capacity() < this.courses.mostConfirmedOnComingDates(courseId, now)) {
			throw new BookingException("courses.error.capacity-below-bookings");
		}
		this.courses.updateCourse(courseId, details);
		for (long dateId : this.courses.comingDateIds(courseId, now)) {
			promoteWhilePlacesFree(dateId, details.capacity());
		}
	}

	/**
	 * Changes a course and who runs it at once: when either is refused, nothing changes.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void updateCourse(long courseId, CourseDetails change, Set<Long> trainerIds) {
		updateCourse(courseId, change);
		setTrainers(courseId, trainerIds);
	}

	/** Gives the course to these trainers (at least one). */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void setTrainers(long courseId, Set<Long> accountIds) {
		requireManager(courseId);
		Set<Long> trainers = new LinkedHashSet<>();
		for (Account trainer : this.accounts.trainers()) {
			if (accountIds.contains(trainer.id())) {
				trainers.add(trainer.id());
			}
		}
		if (trainers.isEmpty() || trainers.size() != accountIds.size()) {
			throw new BookingException("courses.error.trainers");
		}
		this.courses.setTrainers(courseId, trainers);
	}

	/** Adds dates to a course. */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Long> addDates(long courseId, List<NewCourse.Slot> slots) {
		requireManager(courseId);
		validSlots(slots);
		if (this.courses.dateIds(courseId).size() + slots.size() > MAX_DATES) {
			throw new BookingException("courses.error.dates");
		}
		return slots.stream().map(slot -> this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt())).toList();
	}

	/** Cancels a date that has not begun; everyone booked is told (event). */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void cancelDate(long dateId, @Nullable String reason) {
		BookingRepository.LockedDate date = lockManagedDate(dateId);
		String why = reason == null || reason.isBlank() ? null : text(reason, 500, "courses.error.cancel-reason", true);
		this.courses.cancelDate(date.id(), this.clock.instant(), why);
		this.events.publishEvent(new BookingEvents.CourseDateCancelled(date.id(), why));
	}

	/**
	 * Moves a date that has not begun to another time; everyone booked is told (event).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void moveDate(long dateId, NewCourse.Slot slot) {
		BookingRepository.LockedDate date = lockManagedDate(dateId);
		validSlots(List.of(slot));
		CourseDate before = this.courses.date(dateId).orElseThrow();
		if (before.startsAt().equals(slot.startsAt()) && before.endsAt().equals(slot.endsAt())) {
			return;
		}
		this.courses.moveDate(date.id(), slot.startsAt(), slot.endsAt());
		this.events.publishEvent(
				new BookingEvents.CourseDateMoved(date.id(), before.startsAt(), slot.startsAt(), slot.endsAt()));
	}

	private BookingRepository.LockedDate lockManagedDate(long dateId) {
		long courseId = this.courses.courseOfDate(dateId)
			.orElseThrow(() -> new BookingException("courses.error.date-unknown"));
		requireManager(courseId);
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElseThrow();
		if (date.cancelled()) {
			throw new BookingException("courses.error.date-cancelled");
		}
		if (!date.startsAt().isAfter(this.clock.instant())) {
			throw new BookingException("courses.error.date-over");
		}
		return date;
	}

	// ---- booking, for everyone

	/**
	 * Books a place, or a place on the waiting list when the date is full. Anyone may
	 * book; without an account a phone number or e-mail address is needed. The booking is
	 * stored in a transaction of its own (with others for the same date, see
	 * {@link BookingDesk}).
	 */
	public Booking book(BookingRequest request) {
		String name = validName(request.name());
		String phone = validPhone(request.phone());
		String email = validEmail(request.email());
		Optional<Account> account = this.accounts.currentAccount();
		Long owner = request.forSelf() ? account.map(Account::id).orElse(null) : null;
		if (owner == null && phone == null && email == null) {
			throw new BookingException("courses.error.contact");
		}
		Long bookedBy = account.map(Account::id).orElse(null);
		return this.desk.book(new BookingDesk.Pending(request.dateId(), newCode(), name, phone, email, owner, bookedBy,
				new CompletableFuture<>(), Thread.currentThread()));
	}

	/**
	 * Checks the name of a person who books, as {@link #book} does; for forms that ask
	 * one thing at a time.
	 * @throws BookingException with the reason
	 */
	public void checkName(String name) {
		validName(name);
	}

	/**
	 * Checks how to reach a person who books without an account (a phone number or an
	 * e-mail address, at least one), as {@link #book} does.
	 * @throws BookingException with the reason
	 */
	public void checkContact(@Nullable String phone, @Nullable String email) {
		String validPhone = validPhone(phone);
		String validEmail = validEmail(email);
		if (validPhone == null && validEmail == null) {
			throw new BookingException("courses.error.contact");
		}
	}

	private static String validName(String value) {
		String name = text(value, 100, "courses.error.name", false);
		if (!NAME_LETTER.matcher(name).find()) {
			throw new BookingException("courses.error.name");
		}
		return name;
	}

	private static @Nullable String validPhone(@Nullable String value) {
		String phone = Input.blankToNull(value);
		if (phone != null
				&& (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
			throw new BookingException("courses.error.phone");
		}
		return phone;
	}

	private static @Nullable String validEmail(@Nullable String value) {
		String email = Input.blankToNull(value);
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new BookingException("courses.error.email");
		}
		return email;
	}

	/**
	 * Cancels a booking with its code (anyone who has the code may); the first person
	 * waiting gets the place.
	 */
	@Transactional
	public Booking cancel(String code) {
		long id = findByCode(code).orElseThrow(() -> new BookingException("courses.error.code-unknown")).id();
		long dateId = this.bookings.findById(id).orElseThrow().dateId();
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElseThrow();
		// read again under the lock: a concurrent cancellation may have won
		Booking booking = this.bookings.findById(id).orElseThrow();
		if (booking.status() == BookingStatus.CANCELLED) {
			throw new BookingException("courses.error.already-cancelled");
		}
		if (!date.startsAt().isAfter(this.clock.instant())) {
			throw new BookingException("courses.error.date-over");
		}
		this.bookings.cancel(id, this.clock.instant());
		this.events.publishEvent(new BookingEvents.BookingCancelled(id, dateId));
		if (booking.status() == BookingStatus.CONFIRMED && !date.cancelled()) {
			promoteWhilePlacesFree(dateId, date.capacity());
		}
		return this.bookings.findById(id).orElseThrow();
	}

	// the caller holds the date's lock
	private void promoteWhilePlacesFree(long dateId, int capacity) {
		while (this.bookings.countConfirmed(dateId) < capacity) {
			Optional<Long> next = this.bookings.firstWaiting(dateId);
			if (next.isEmpty()) {
				return;
			}
			this.bookings.confirm(next.get());
			Long recipient = this.bookings.findById(next.get()).map(Booking::recipientId).orElse(null);
			this.events.publishEvent(new BookingEvents.BookingPromoted(next.get(), dateId, recipient));
		}
	}

	/** The booking with this code, if there is one (codes are not case-sensitive). */
	@Transactional(readOnly = true)
	public Optional<Booking> findByCode(String code) {
		String normal = Codes.normal(code);
		if (normal.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		return this.bookings.findByCode(normal);
	}

	/** What a ticket shows; anyone with the code may see it. */
	@Transactional(readOnly = true)
	public Optional<Ticket> ticket(String code) {
		return findByCode(code).map(this::ticketOf);
	}

	/**
	 * The ticket's date as an iCalendar file (text/calendar), for anyone with the code.
	 */
	@Transactional(readOnly = true)
	public Optional<String> calendar(String code, Locale locale) {
		return ticket(code).map(ticket -> this.calendars.calendar(ticket, locale));
	}

	/**
	 * Reminds everyone confirmed for a date that starts within 24 hours, once (event
	 * {@code BookingReminderDue}). Safe to run on several instances at once.
	 * @return how many reminders were due
	 */
	@Transactional
	public int sendDueReminders() {
		Instant now = this.clock.instant();
		List<Booking> due = this.bookings.lockDueReminders(now, now.plus(Duration.ofHours(24)), 500);
		for (Booking booking : due) {
			this.bookings.markReminded(booking.id(), now);
			CourseDate date = this.courses.date(booking.dateId()).orElseThrow();
			this.events.publishEvent(new BookingEvents.BookingReminderDue(booking.id(), date.id(), date.startsAt(),
					booking.recipientId()));
		}
		return due.size();
	}

	/**
	 * The bookings the signed-in person made, for themselves or others; soonest first.
	 */
	@Transactional(readOnly = true)
	public List<Ticket> myBookings() {
		return this.accounts.currentAccount()
			.map(account -> this.bookings.findByAccount(account.id()).stream().map(this::ticketOf).toList())
			.orElse(List.of());
	}

	/** What happened to the signed-in person's bookings, newest first. */
	@Transactional(readOnly = true)
	public List<BookingNotice> myNotices() {
		return this.accounts.currentAccount().map(account -> this.bookings.notices(account.id(), 50)).orElse(List.of());
	}

	@Transactional
	public void markMyNoticesRead() {
		this.accounts.currentAccount()
			.ifPresent(account -> this.bookings.markNoticesRead(account.id(), this.clock.instant()));
	}

	private Ticket ticketOf(Booking booking) {
		CourseDate date = this.courses.date(booking.dateId()).orElseThrow();
		return new Ticket(booking, date, this.courses.place(date.placeId()).orElseThrow());
	}

	// ---- helpers

	private Account signedIn() {
		return this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
	}

	private void requireManager(long courseId) {
		Account account = signedIn();
		if (!account.hasRole(Role.ADMIN) && !this.courses.isTrainerOfCourse(account.id(), courseId)) {
			throw new AccessDeniedException("not a trainer of this course");
		}
	}

	private CourseDetails validCourse(CourseDetails course) {
		String title = text(course.title(), 200, "courses.error.title", false);
		String description = text(course.description(), 4000, "courses.error.description", true);
		String bring = course.bring() == null || course.bring().isBlank() ? null
				: text(course.bring(), 500, "courses.error.bring", true);
		if (course.capacity() < 1 || course.capacity() > 500) {
			throw new BookingException("courses.error.capacity");
		}
		if (course.priceCents() < 0 || course.priceCents() > 100_000) {
			throw new BookingException("courses.error.price");
		}
		if (!this.courses.placeExists(course.placeId())) {
			throw new BookingException("courses.error.place");
		}
		return new CourseDetails(title, description, course.topic(), course.level(), bring, course.placeId(),
				course.capacity(), course.priceCents());
	}

	private void validSlots(List<NewCourse.Slot> slots) {
		if (slots.isEmpty() || slots.size() > MAX_DATES) {
			throw new BookingException("courses.error.dates");
		}
		Instant now = this.clock.instant();
		for (NewCourse.Slot slot : slots) {
			if (!slot.startsAt().isAfter(now)) {
				throw new BookingException("courses.error.date-past");
			}
			if (slot.startsAt().isAfter(now.plus(Duration.ofDays(800)))) {
				throw new BookingException("courses.error.date-far");
			}
			if (!slot.endsAt().isAfter(slot.startsAt())
					|| Duration.between(slot.startsAt(), slot.endsAt()).toMinutes() > 12 * 60) {
				throw new BookingException("courses.error.date-end");
			}
		}
	}

	/**
	 * A new random booking code. Not checked against the stored ones: with 31^8 codes a
	 * collision is very unlikely, and the unique index catches it (see
	 * {@link BookingDesk}).
	 */
	static String newCode() {
		return Codes.random(CODE_LENGTH);
	}

	static String text(String value, int max, String errorKey, boolean lineBreaksAllowed) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > max || Input.hasInvisibleCharacters(text, lineBreaksAllowed)) {
			throw new BookingException(errorKey);
		}
		return text;
	}

}
