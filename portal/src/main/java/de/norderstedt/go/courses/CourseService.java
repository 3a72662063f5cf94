package de.norderstedt.go.courses;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Input;
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

	/** The letters of booking codes: no 0/O, 1/I/L that people mix up. */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 8;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{3,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CourseService(CourseRepository courses, BookingRepository bookings, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.bookings = bookings;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long createPlace(NewPlace place) {
		String name = text(place.name(), 200, "courses.error.place-name", false);
		String address = text(place.address(), 300, "courses.error.place-address", false);
		if (place.seats() < 1 || place.seats() > 1000) {
			throw new BookingException("courses.error.seats");
		}
		return this.courses.insertPlace(new NewPlace(name, address, place.stepFree(), place.hearingLoop(),
				place.accessibleToilet(), place.seats()));
	}

	/**
	 * Creates a course with its dates; the trainer who creates it runs it.
	 * @return the ids of the new dates, in order
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Long> createCourse(NewCourse course) {
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
		if (course.dates().isEmpty() || course.dates().size() > 100) {
			throw new BookingException("courses.error.dates");
		}
		Instant now = this.clock.instant();
		for (NewCourse.Slot slot : course.dates()) {
			if (!slot.startsAt().isAfter(now)) {
				throw new BookingException("courses.error.date-past");
			}
			if (!slot.endsAt().isAfter(slot.startsAt())
					|| Duration.between(slot.startsAt(), slot.endsAt()).toHours() > 12) {
				throw new BookingException("courses.error.date-end");
			}
		}
		long courseId = this.courses.insertCourse(new NewCourse(title, description, course.topic(), course.level(),
				bring, course.placeId(), course.capacity(), course.priceCents(), course.dates()));
		this.accounts.currentAccount().ifPresent(account -> this.courses.addTrainer(courseId, account.id()));
		for (NewCourse.Slot slot : course.dates()) {
			this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt());
		}
		return this.courses.dateIds(courseId);
	}

	/**
	 * Books a place, or a place on the waiting list when the date is full. Anyone may
	 * book; without an account a phone number or e-mail address is needed.
	 */
	@Transactional
	public Booking book(BookingRequest request) {
		String name = text(request.name(), 100, "courses.error.name", false);
		String phone = Input.blankToNull(request.phone());
		String email = Input.blankToNull(request.email());
		if (phone != null
				&& (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
			throw new BookingException("courses.error.phone");
		}
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new BookingException("courses.error.email");
		}
		Optional<Account> account = this.accounts.currentAccount();
		Long owner = request.forSelf() ? account.map(Account::id).orElse(null) : null;
		if (owner == null && phone == null && email == null) {
			throw new BookingException("courses.error.contact");
		}
		BookingRepository.LockedDate date = this.bookings.lockDate(request.dateId())
			.orElseThrow(() -> new BookingException("courses.error.date-unknown"));
		if (date.cancelled()) {
			throw new BookingException("courses.error.date-cancelled");
		}
		if (!date.startsAt().isAfter(this.clock.instant())) {
			throw new BookingException("courses.error.date-over");
		}
		BookingStatus status = this.bookings.countConfirmed(date.id()) < date.capacity() ? BookingStatus.CONFIRMED
				: BookingStatus.WAITING;
		long id;
		try {
			id = this.bookings.insert(date.id(), newCode(), status, name, phone, email, owner,
					account.map(Account::id).orElse(null));
		}
		catch (DuplicateKeyException ex) {
			throw new BookingException("courses.error.already-booked");
		}
		Booking booking = this.bookings.findById(id).orElseThrow();
		this.events.publishEvent(status == BookingStatus.CONFIRMED ? new BookingEvents.BookingConfirmed(id, date.id())
				: new BookingEvents.BookingWaiting(id, date.id(), booking.waitingPosition()));
		return booking;
	}

	/**
	 * Cancels a booking with its code (anyone who has the code may); the first person
	 * waiting gets the place.
	 */
	@Transactional
	public Booking cancel(String code) {
		long id = findByCode(code).orElseThrow(() -> new BookingException("courses.error.code-unknown")).id();
		long dateId = this.bookings.findById(id).orElseThrow().dateId();
		this.bookings.lockDate(dateId);
		// read again under the lock: a concurrent cancellation may have won
		Booking booking = this.bookings.findById(id).orElseThrow();
		if (booking.status() == BookingStatus.CANCELLED) {
			throw new BookingException("courses.error.already-cancelled");
		}
		this.bookings.cancel(id, this.clock.instant());
		this.events.publishEvent(new BookingEvents.BookingCancelled(id, dateId));
		if (booking.status() == BookingStatus.CONFIRMED) {
			this.bookings.firstWaiting(dateId).ifPresent(next -> {
				this.bookings.confirm(next);
				this.events.publishEvent(new BookingEvents.BookingPromoted(next, dateId));
			});
		}
		return this.bookings.findById(id).orElseThrow();
	}

	/** The booking with this code, if there is one (codes are not case-sensitive). */
	@Transactional(readOnly = true)
	public Optional<Booking> findByCode(String code) {
		String normal = code.strip().toUpperCase(Locale.ROOT);
		if (normal.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		return this.bookings.findByCode(normal);
	}

	/** Everyone booked or waiting for a date: its trainers and admins only. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Booking> bookings(long dateId) {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
		if (!account.hasRole(Role.ADMIN) && !this.courses.isTrainerOfDate(account.id(), dateId)) {
			throw new AccessDeniedException("not a trainer of this course");
		}
		return this.bookings.findByDate(dateId);
	}

	private String newCode() {
		for (int attempt = 0; attempt < 10; attempt++) {
			char[] code = new char[CODE_LENGTH];
			for (int i = 0; i < code.length; i++) {
				code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
			}
			String candidate = new String(code);
			if (!this.bookings.codeExists(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no free booking code");
	}

	private static String text(String value, int max, String errorKey, boolean lineBreaksAllowed) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > max || Input.hasInvisibleCharacters(text, lineBreaksAllowed)) {
			throw new BookingException(errorKey);
		}
		return text;
	}

}
