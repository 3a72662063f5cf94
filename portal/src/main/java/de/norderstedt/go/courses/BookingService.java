package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Codes;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings: booking a place, the checks of name and contact, cancelling with the code,
 * tickets, reminders, and a signed-in person's own bookings. Capacity is a promise: a
 * booking locks its course date, so there are never more confirmed bookings than places,
 * also when many people book at once. A full date puts the booking on the waiting list; a
 * cancellation gives the place to the person who waited longest.
 */
@Service
public class BookingService {

	/** 8 of 31 letters: about 40 bits, short enough to read out, too many to guess. */
	public static final int CODE_LENGTH = 8;

	/** The longest name a booking keeps. */
	public static final int NAME_LENGTH = 100;

	private static final int PHONE_LENGTH = 30;

	private static final int EMAIL_LENGTH = 254;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{3,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern NAME_LETTER = Pattern.compile("\\p{L}");

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final TicketCalendars calendars;

	private final BookingDesk desk;

	private final WaitingList waitingList;

	private final Clock clock;

	private final CourseProperties properties;

	BookingService(CourseRepository courses, BookingRepository bookings, AccountService accounts,
			ApplicationEventPublisher events, TicketCalendars calendars, BookingDesk desk, WaitingList waitingList,
			Clock clock, CourseProperties properties) {
		this.properties = properties;
		this.courses = courses;
		this.bookings = bookings;
		this.accounts = accounts;
		this.events = events;
		this.calendars = calendars;
		this.desk = desk;
		this.waitingList = waitingList;
		this.clock = clock;
	}

	// ---- booking, for everyone

	/**
	 * Books a place, or a place on the waiting list when the date is full. Anyone may
	 * book; without an account a phone number or e-mail address is needed. The booking is
	 * stored in a transaction of its own (with others for the same date, see
	 * {@link BookingDesk}).
	 * @throws Refusal at the field ({@code name}, {@code phone}, {@code email},
	 * {@code consent}), or about the date as a whole
	 */
	public Booking book(BookingRequest request) {
		String name = validName(request.name());
		String phone = validPhone(request.phone());
		String email = validEmail(request.email());
		Optional<Account> account = this.accounts.currentAccount();
		Long owner = request.forSelf() ? account.map(Account::id).orElse(null) : null;
		if (owner == null && phone == null && email == null) {
			throw Refusal.at("phone", "courses.error.contact");
		}
		if (request.progressConsent() && owner == null) {
			// only the person herself can agree, for a booking of her own account
			throw Refusal.at("consent", "courses.error.consent-own");
		}
		Long bookedBy = account.map(Account::id).orElse(null);
		return this.desk.book(new BookingDesk.Pending(request.dateId(), newCode(), name, phone, email, owner, bookedBy,
				request.progressConsent(), request.language(), new CompletableFuture<>(), Thread.currentThread()));
	}

	/**
	 * Checks the name of a person who books, as {@link #book} does; for forms that ask
	 * one thing at a time.
	 * @throws Refusal at the field {@code name}
	 */
	public void checkName(String name) {
		validName(name);
	}

	/**
	 * Checks how to reach a person who books without an account (a phone number or an
	 * e-mail address, at least one), as {@link #book} does.
	 * @throws Refusal at the field {@code phone} or {@code email}
	 */
	public void checkContact(@Nullable String phone, @Nullable String email) {
		String validPhone = validPhone(phone);
		String validEmail = validEmail(email);
		if (validPhone == null && validEmail == null) {
			throw Refusal.at("phone", "courses.error.contact");
		}
	}

	private static String validName(String value) {
		String name = Input.required("name", value, NAME_LENGTH, "courses.error.name");
		if (!NAME_LETTER.matcher(name).find()) {
			throw Refusal.at("name", "courses.error.name");
		}
		return name;
	}

	private static @Nullable String validPhone(@Nullable String value) {
		String phone = Input.optional("phone", value, PHONE_LENGTH);
		if (phone != null
				&& (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
			throw Refusal.at("phone", "courses.error.phone");
		}
		return phone;
	}

	private static @Nullable String validEmail(@Nullable String value) {
		String email = Input.optional("email", value, EMAIL_LENGTH);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw Refusal.at("email", "courses.error.email");
		}
		return email;
	}

	/**
	 * Cancels a booking with its code (anyone who has the code may); the first person
	 * waiting gets the place.
	 */
	@Transactional
	public Booking cancel(String code) {
		long id = findByCode(code).orElseThrow(() -> Refusal.at("code", "courses.error.code-unknown")).id();
		long dateId = this.bookings.findById(id).orElseThrow().dateId();
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElseThrow();
		// read again under the lock: a concurrent cancellation may have won
		Booking booking = this.bookings.findById(id).orElseThrow();
		if (booking.status() == BookingStatus.CANCELLED) {
			throw new Refusal("courses.error.already-cancelled");
		}
		if (!date.startsAt().isAfter(this.clock.instant())) {
			throw new Refusal("courses.error.date-over");
		}
		cancelLocked(booking, date);
		return this.bookings.findById(id).orElseThrow();
	}

	private void cancelLocked(Booking booking, BookingRepository.LockedDate date) {
		this.bookings.cancel(booking.id(), this.clock.instant());
		this.events.publishEvent(new BookingEvents.BookingCancelled(booking.id(), date.id()));
		if (booking.status() == BookingStatus.CONFIRMED && !date.cancelled()) {
			this.waitingList.promoteWhilePlacesFree(date.id(), date.capacity());
		}
	}

	/**
	 * Deletes the personal data of a booking, for anyone with its code (a guest has no
	 * account to delete): a booking for a day to come is cancelled first, so the place
	 * goes to the next person waiting; the booking stays for the course's statistics
	 * without name, contact or account.
	 * @throws Refusal at {@code code} for an unknown code; when the data is already
	 * deleted
	 */
	@Transactional
	public void forget(String code) {
		long id = findByCode(code).orElseThrow(() -> Refusal.at("code", "courses.error.code-unknown")).id();
		forgetLocked(id);
	}

	private void forgetLocked(long id) {
		long dateId = this.bookings.findById(id).orElseThrow().dateId();
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElseThrow();
		Booking booking = this.bookings.findById(id).orElseThrow();
		if (this.bookings.isAnonymised(id)) {
			throw new Refusal("courses.error.already-forgotten");
		}
		if (booking.status() != BookingStatus.CANCELLED && date.startsAt().isAfter(this.clock.instant())) {
			cancelLocked(booking, date);
		}
		forgotten(this.bookings.anonymiseById(id, this.clock.instant()));
	}

	/** What was kept to tell these people goes with their name and contact. */
	private void forgotten(List<Long> bookingIds) {
		if (!bookingIds.isEmpty()) {
			this.events.publishEvent(new BookingEvents.BookingsForgotten(bookingIds));
		}
	}

	/** Whether the personal data of the booking with this code was deleted. */
	@Transactional(readOnly = true)
	public boolean isForgotten(String code) {
		return findByCode(code).map(booking -> this.bookings.isAnonymised(booking.id())).orElse(false);
	}

	/**
	 * Takes a person whose account is deleted out of their bookings: those for days to
	 * come are cancelled (the places go to the people waiting), all stay nameless for the
	 * statistics.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void forgetAccount(long accountId) {
		for (String code : this.bookings.activeCodesToCome(accountId, this.clock.instant())) {
			findByCode(code).ifPresent(booking -> {
				BookingRepository.LockedDate date = this.bookings.lockDate(booking.dateId()).orElseThrow();
				Booking locked = this.bookings.findById(booking.id()).orElseThrow();
				if (locked.status() != BookingStatus.CANCELLED) {
					cancelLocked(locked, date);
				}
			});
		}
		forgotten(this.bookings.anonymiseOfAccount(accountId, this.clock.instant()));
	}

	// ---- consent to show tutorial progress

	/**
	 * Gives or withdraws the signed-in person's consent that the trainers of the course
	 * see which tutorials she has done, on the day of this booking's date (see
	 * {@link ConsentWindow}). Only for her own booking (booked for herself with her
	 * account). Giving is refused for a cancelled booking or date and once the date's day
	 * is over; withdrawing always works.
	 * @return the booking as it is now
	 * @throws Refusal at {@code code} for an unknown code; when the consent cannot be
	 * given
	 * @throws AccessDeniedException for a booking that is not the person's own
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public Booking setProgressConsent(String code, boolean consent) {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
		Booking booking = findByCode(code).orElseThrow(() -> Refusal.at("code", "courses.error.code-unknown"));
		// under the date's lock, as every change of its bookings: a cancellation or a
		// deletion at the same moment cannot leave a consent behind
		this.bookings.lockDate(booking.dateId());
		Booking current = this.bookings.findById(booking.id()).orElseThrow();
		if (!Objects.equals(current.accountId(), account.id())) {
			throw new AccessDeniedException("not the person's own booking");
		}
		if (!consent) {
			this.bookings.setProgressConsent(current.id(), null);
			return this.bookings.findById(current.id()).orElseThrow();
		}
		CourseDate date = this.courses.date(current.dateId()).orElseThrow();
		Instant now = this.clock.instant();
		if (current.status() == BookingStatus.CANCELLED) {
			throw new Refusal("courses.error.consent-cancelled");
		}
		if (date.isCancelled()) {
			throw new Refusal("courses.error.date-cancelled");
		}
		if (ConsentWindow.over(date.endsAt(), now)) {
			throw new Refusal("courses.error.consent-over");
		}
		if (!current.progressConsent()) {
			this.bookings.setProgressConsent(current.id(), now);
		}
		return this.bookings.findById(current.id()).orElseThrow();
	}

	/**
	 * Whether the ticket offers the signed-in person to give or withdraw her consent to
	 * show her tutorial progress: her own booking, and either a consent to withdraw or
	 * one that can still be given (see {@link #setProgressConsent}).
	 */
	public boolean offersProgressConsent(Ticket ticket) {
		Booking booking = ticket.booking();
		boolean own = this.accounts.currentAccount()
			.map(account -> Objects.equals(account.id(), booking.accountId()))
			.orElse(false);
		return own && (booking.progressConsent() || (booking.status() != BookingStatus.CANCELLED
				&& !ticket.date().isCancelled() && !ConsentWindow.over(ticket.date().endsAt(), this.clock.instant())));
	}

	// ---- tickets

	/** The booking with this code, if there is one (codes are not case-sensitive). */
	@Transactional(readOnly = true)
	public Optional<Booking> findByCode(String code) {
		return Codes.parse(code, CODE_LENGTH).flatMap(this.bookings::findByCode);
	}

	/**
	 * What a ticket shows; anyone with the code may see it until
	 * {@code go.courses.ticket-validity-after-date} after the end of its date, after that
	 * the code is answered as unknown.
	 */
	@Transactional(readOnly = true)
	public Optional<Ticket> ticket(String code) {
		return findByCode(code).map(this::ticketOf)
			.filter(ticket -> this.clock.instant()
				.isBefore(ticket.date().endsAt().plus(this.properties.ticketValidityAfterDate())));
	}

	/**
	 * A ticket of the signed-in person: of a booking she made, for herself or someone
	 * else, while anyone with the code may see it; empty for anyone else's code.
	 */
	@Transactional(readOnly = true)
	public Optional<Ticket> myTicket(String code) {
		Optional<Long> me = this.accounts.signedInAccountId();
		return me.flatMap(account -> ticket(code).filter(
				ticket -> account.equals(ticket.booking().accountId()) || account.equals(ticket.booking().bookedBy())));
	}

	/**
	 * The ticket's date as an iCalendar file (text/calendar), for anyone with the code.
	 */
	@Transactional(readOnly = true)
	public Optional<String> calendar(String code, Locale locale) {
		return ticket(code)
			.map(ticket -> this.calendars.calendar(ticket, this.courses.revision(ticket.date().id()), locale));
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

	private Ticket ticketOf(Booking booking) {
		CourseDate date = this.courses.date(booking.dateId()).orElseThrow();
		return new Ticket(booking, date, this.courses.place(date.placeId()).orElseThrow());
	}

	// ---- telling people

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
					booking.recipientId(), booking.toldByEmail()));
		}
		return due.size();
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
	 * Where to tell a guest about her booking: the e-mail address a booking without an
	 * account left, and the language she booked in; empty for every other booking (an
	 * account's, one with only a phone number, one whose data was deleted). For messages
	 * to the person (the notifications feature).
	 */
	@Transactional(readOnly = true)
	public Optional<GuestAddress> guestToTell(long bookingId) {
		return this.bookings.findById(bookingId)
			.filter(Booking::toldByEmail)
			.map(booking -> new GuestAddress(booking.id(), Objects.requireNonNull(booking.email()),
					this.bookings.language(booking.id())));
	}

	/**
	 * The bookings of a date that are told when it is cancelled or moved, or when its
	 * trainers write (confirmed and waiting).
	 */
	@Transactional(readOnly = true)
	public List<Booking> bookingsToTell(long dateId) {
		return this.bookings.activeOfDate(dateId);
	}

	/**
	 * What the trainers wrote to the people of a date (event
	 * {@code ParticipantsMessaged}).
	 */
	@Transactional(readOnly = true)
	public Optional<String> messageToTell(long messageId) {
		return this.courses.message(messageId);
	}

	/**
	 * A new random booking code. Not checked against the stored ones: with 31^8 codes a
	 * collision is very unlikely, and the unique index catches it (see
	 * {@link BookingDesk}).
	 */
	static String newCode() {
		return Codes.random(CODE_LENGTH);
	}

}
