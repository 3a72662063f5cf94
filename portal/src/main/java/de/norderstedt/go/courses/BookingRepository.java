package de.norderstedt.go.courses;

import static de.norderstedt.go.db.Tables.BOOKING;
import static de.norderstedt.go.db.Tables.COURSE;
import static de.norderstedt.go.db.Tables.COURSE_DATE;
import static de.norderstedt.go.db.Tables.COURSE_TRAINER;
import static de.norderstedt.go.db.Tables.PLACE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.db.tables.records.BookingRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class BookingRepository {

	/** A course date as bookings see it: locked while its bookings change. */
	record LockedDate(long id, int capacity, Instant startsAt, boolean cancelled) {
	}

	private final DSLContext dsl;

	BookingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Locks the date row until the transaction ends: bookings of one date change one at a
	 * time, so counting and inserting cannot race.
	 */
	Optional<LockedDate> lockDate(long dateId) {
		return this.dsl.select(COURSE_DATE.ID, COURSE_DATE.STARTS_AT, COURSE_DATE.CANCELLED_AT)
			.from(COURSE_DATE)
			.where(COURSE_DATE.ID.eq(dateId))
			.forUpdate()
			.fetchOptional(r -> new LockedDate(r.value1(), capacity(r.value1()), r.value2(), r.value3() != null));
	}

	/** Locks all dates of a course, for changes to the course's capacity. */
	void lockDatesOfCourse(long courseId) {
		this.dsl.select(COURSE_DATE.ID)
			.from(COURSE_DATE)
			.where(COURSE_DATE.COURSE_ID.eq(courseId))
			.orderBy(COURSE_DATE.ID)
			.forUpdate()
			.fetch();
	}

	// read after the lock, in a statement of its own, so it sees a capacity changed
	// meanwhile
	private int capacity(long dateId) {
		return Objects.requireNonNull(this.dsl.select(COURSE.CAPACITY)
			.from(COURSE)
			.join(COURSE_DATE)
			.on(COURSE_DATE.COURSE_ID.eq(COURSE.ID))
			.where(COURSE_DATE.ID.eq(dateId))
			.fetchSingle(COURSE.CAPACITY));
	}

	/** How many of a date's bookings are confirmed and how many waiting. */
	record Counts(int confirmed, int waiting) {
	}

	Counts counts(long dateId) {
		return this.dsl
			.select(DSL.count().filterWhere(BOOKING.STATUS.eq(BookingStatus.CONFIRMED)),
					DSL.count().filterWhere(BOOKING.STATUS.eq(BookingStatus.WAITING)))
			.from(BOOKING)
			.where(BOOKING.DATE_ID.eq(dateId))
			.fetchSingle(r -> new Counts(r.value1(), r.value2()));
	}

	int countConfirmed(long dateId) {
		return this.dsl.fetchCount(BOOKING, BOOKING.DATE_ID.eq(dateId).and(BOOKING.STATUS.eq(BookingStatus.CONFIRMED)));
	}

	long insert(long dateId, String code, BookingStatus status, String name, @Nullable String phone,
			@Nullable String email, @Nullable Long accountId, @Nullable Long bookedBy) {
		return insertIfNew(dateId, code, status, name, phone, email, accountId, bookedBy, null, Language.DE)
			.orElseThrow()
			.id();
	}

	/**
	 * Stores a booking unless a unique index refuses it (the same person already booked
	 * the date, or the code is taken).
	 * @param consentAt when the person agreed to show her tutorial progress, if she did
	 * @param language the language the person booked in
	 */
	Optional<Inserted> insertIfNew(long dateId, String code, BookingStatus status, String name, @Nullable String phone,
			@Nullable String email, @Nullable Long accountId, @Nullable Long bookedBy, @Nullable Instant consentAt,
			Language language) {
		return this.dsl.insertInto(BOOKING)
			.set(BOOKING.DATE_ID, dateId)
			.set(BOOKING.CODE, code)
			.set(BOOKING.STATUS, status)
			.set(BOOKING.NAME, name)
			.set(BOOKING.PHONE, phone)
			.set(BOOKING.EMAIL, email)
			.set(BOOKING.ACCOUNT_ID, accountId)
			.set(BOOKING.BOOKED_BY, bookedBy)
			.set(BOOKING.PROGRESS_CONSENT_AT, consentAt)
			.set(BOOKING.LANGUAGE, language)
			.onConflictDoNothing()
			.returning(BOOKING.ID, BOOKING.CREATED_AT)
			.fetchOptional(r -> new Inserted(r.getId(), r.getCreatedAt()));
	}

	/** The id and time of a new booking. */
	record Inserted(long id, Instant createdAt) {
	}

	/** A checked booking of a batch, with the status it gets when it is stored. */
	record NewBooking(String code, BookingStatus status, String name, @Nullable String phone, @Nullable String email,
			@Nullable Long accountId, @Nullable Long bookedBy, @Nullable Instant consentAt, Language language) {
	}

	/**
	 * Stores the bookings of a date in one statement; a booking a unique index refuses
	 * (the same person already booked, or its code is taken) is left out.
	 * @return the stored ones by code
	 */
	Map<String, Inserted> insertAllIfNew(long dateId, List<NewBooking> bookings) {
		var insert = this.dsl.insertInto(BOOKING, BOOKING.DATE_ID, BOOKING.CODE, BOOKING.STATUS, BOOKING.NAME,
				BOOKING.PHONE, BOOKING.EMAIL, BOOKING.ACCOUNT_ID, BOOKING.BOOKED_BY, BOOKING.PROGRESS_CONSENT_AT,
				BOOKING.LANGUAGE);
		for (NewBooking b : bookings) {
			insert = insert.values(dateId, b.code(), b.status(), b.name(), b.phone(), b.email(), b.accountId(),
					b.bookedBy(), b.consentAt(), b.language());
		}
		Map<String, Inserted> stored = new HashMap<>();
		insert.onConflictDoNothing()
			.returning(BOOKING.ID, BOOKING.CODE, BOOKING.CREATED_AT)
			.fetch()
			.forEach(r -> stored.put(r.getCode(), new Inserted(r.getId(), r.getCreatedAt())));
		return stored;
	}

	boolean codeExists(String code) {
		return this.dsl.fetchExists(BOOKING, BOOKING.CODE.eq(code));
	}

	Optional<Booking> findByCode(String code) {
		return this.dsl.selectFrom(BOOKING).where(BOOKING.CODE.eq(code)).fetchOptional(this::toBooking);
	}

	Optional<Booking> findById(long id) {
		return this.dsl.selectFrom(BOOKING).where(BOOKING.ID.eq(id)).fetchOptional(this::toBooking);
	}

	List<Booking> findByDate(long dateId) {
		return this.dsl.selectFrom(BOOKING)
			.where(BOOKING.DATE_ID.eq(dateId))
			.orderBy(BOOKING.CREATED_AT, BOOKING.ID)
			.fetch(this::toBooking);
	}

	/** Cancels; a consent to show progress goes with it (it has no purpose any more). */
	void cancel(long bookingId, Instant now) {
		this.dsl.update(BOOKING)
			.set(BOOKING.STATUS, BookingStatus.CANCELLED)
			.set(BOOKING.CANCELLED_AT, now)
			.setNull(BOOKING.PROGRESS_CONSENT_AT)
			.where(BOOKING.ID.eq(bookingId))
			.execute();
	}

	/** The booking that waited longest for the date, if any. */
	Optional<Long> firstWaiting(long dateId) {
		return this.dsl.select(BOOKING.ID)
			.from(BOOKING)
			.where(BOOKING.DATE_ID.eq(dateId))
			.and(BOOKING.STATUS.eq(BookingStatus.WAITING))
			.orderBy(BOOKING.CREATED_AT, BOOKING.ID)
			.limit(1)
			.fetchOptional(BOOKING.ID);
	}

	void confirm(long bookingId) {
		this.dsl.update(BOOKING).set(BOOKING.STATUS, BookingStatus.CONFIRMED).where(BOOKING.ID.eq(bookingId)).execute();
	}

	void checkIn(long bookingId, Instant now) {
		this.dsl.update(BOOKING)
			.set(BOOKING.CHECKED_IN_AT, now)
			.set(BOOKING.NO_SHOW, false)
			.where(BOOKING.ID.eq(bookingId))
			.execute();
	}

	void setNoShow(long bookingId, boolean noShow) {
		this.dsl.update(BOOKING)
			.set(BOOKING.NO_SHOW, noShow)
			.setNull(BOOKING.CHECKED_IN_AT)
			.where(BOOKING.ID.eq(bookingId))
			.execute();
	}

	/** Bookings made by or for the account, soonest date first. */
	List<Booking> findByAccount(long accountId) {
		return this.dsl.select(BOOKING.asterisk())
			.from(BOOKING)
			.join(COURSE_DATE)
			.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
			.where(BOOKING.ACCOUNT_ID.eq(accountId).or(BOOKING.BOOKED_BY.eq(accountId)))
			.orderBy(COURSE_DATE.STARTS_AT, BOOKING.ID)
			.fetch(r -> toBooking(r.into(BOOKING)));
	}

	/**
	 * Confirmed bookings and waiting ones of a date: the people to tell when it changes.
	 */
	List<Booking> activeOfDate(long dateId) {
		return this.dsl.selectFrom(BOOKING)
			.where(BOOKING.DATE_ID.eq(dateId))
			.and(BOOKING.STATUS.ne(BookingStatus.CANCELLED))
			.orderBy(BOOKING.CREATED_AT, BOOKING.ID)
			.fetch(this::toBooking);
	}

	/**
	 * Confirmed bookings whose date starts before {@code until} and that have had no
	 * reminder, locked so that two instances never remind twice.
	 */
	List<Booking> lockDueReminders(Instant now, Instant until, int limit) {
		return this.dsl.select(BOOKING.asterisk())
			.from(BOOKING)
			.join(COURSE_DATE)
			.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
			.where(BOOKING.STATUS.eq(BookingStatus.CONFIRMED))
			.and(BOOKING.REMINDED_AT.isNull())
			.and(COURSE_DATE.CANCELLED_AT.isNull())
			.and(COURSE_DATE.STARTS_AT.gt(now))
			.and(COURSE_DATE.STARTS_AT.le(until))
			.orderBy(BOOKING.ID)
			.limit(limit)
			.forUpdate()
			.of(BOOKING)
			.skipLocked()
			.fetch(r -> toBooking(r.into(BOOKING)));
	}

	void markReminded(long bookingId, Instant now) {
		this.dsl.update(BOOKING).set(BOOKING.REMINDED_AT, now).where(BOOKING.ID.eq(bookingId)).execute();
	}

	private int waitingPosition(BookingRecord r) {
		if (r.getStatus() != BookingStatus.WAITING) {
			return 0;
		}
		return this.dsl.fetchCount(BOOKING,
				BOOKING.DATE_ID.eq(r.getDateId())
					.and(BOOKING.STATUS.eq(BookingStatus.WAITING))
					.and(DSL.row(BOOKING.CREATED_AT, BOOKING.ID).le(r.getCreatedAt(), r.getId())));
	}

	private Booking toBooking(BookingRecord r) {
		return new Booking(r.getId(), r.getDateId(), r.getCode(), r.getStatus(),
				Objects.requireNonNullElse(r.getName(), Booking.ANONYMISED), r.getPhone(), r.getEmail(),
				r.getAccountId(), r.getBookedBy(), r.getCreatedAt(), r.getCheckedInAt(), r.getNoShow(),
				waitingPosition(r), r.getProgressConsentAt() != null);
	}

	/**
	 * Gives (with the time) or withdraws (null) the consent to show tutorial progress.
	 */
	void setProgressConsent(long bookingId, @Nullable Instant consentAt) {
		this.dsl.update(BOOKING).set(BOOKING.PROGRESS_CONSENT_AT, consentAt).where(BOOKING.ID.eq(bookingId)).execute();
	}

	/**
	 * A confirmed booking of a date of the trainer's courses, as the trainer's view of
	 * progress counts it: the account and name only of a person who agreed.
	 */
	record RunningBooking(long courseId, String courseTitle, @Nullable Long accountId, boolean consent,
			@Nullable String name) {
	}

	/**
	 * The confirmed bookings of the dates, not cancelled, that take place (at least
	 * partly) between the two moments, of the courses the account is a trainer of; by
	 * course title and name.
	 */
	List<RunningBooking> runningBookings(long trainerId, Instant from, Instant until) {
		var consent = BOOKING.PROGRESS_CONSENT_AT.isNotNull();
		return this.dsl
			.select(COURSE.ID, COURSE.TITLE, BOOKING.ACCOUNT_ID, DSL.field(consent), DSL.when(consent, BOOKING.NAME))
			.from(BOOKING)
			.join(COURSE_DATE)
			.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_DATE.COURSE_ID))
			.where(BOOKING.STATUS.eq(BookingStatus.CONFIRMED))
			.and(COURSE_DATE.CANCELLED_AT.isNull())
			.and(COURSE_DATE.STARTS_AT.lt(until))
			.and(COURSE_DATE.ENDS_AT.gt(from))
			.and(DSL.exists(DSL.selectOne()
				.from(COURSE_TRAINER)
				.where(COURSE_TRAINER.COURSE_ID.eq(COURSE.ID))
				.and(COURSE_TRAINER.ACCOUNT_ID.eq(trainerId))))
			.orderBy(COURSE.TITLE, COURSE.ID, BOOKING.NAME)
			.fetch(r -> new RunningBooking(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
					r.value5()));
	}

	/**
	 * Withdraws the consents to show progress of dates that ended before the time: their
	 * purpose is over. Idempotent.
	 */
	int forgetConsentsOfDatesEndedBefore(Instant before) {
		return this.dsl.update(BOOKING)
			.setNull(BOOKING.PROGRESS_CONSENT_AT)
			.where(BOOKING.PROGRESS_CONSENT_AT.isNotNull())
			.and(BOOKING.DATE_ID.in(DSL.select(COURSE_DATE.ID).from(COURSE_DATE).where(COURSE_DATE.ENDS_AT.lt(before))))
			.execute();
	}

	/**
	 * The person's own bookings (not those they made for others), with their course, day
	 * and place, oldest first: their copy of their data.
	 */
	List<DataEntry> ownForExport(long accountId) {
		return this.dsl
			.select(COURSE.TITLE, COURSE_DATE.STARTS_AT, PLACE.NAME, BOOKING.STATUS, BOOKING.NAME, BOOKING.PHONE,
					BOOKING.EMAIL, BOOKING.CODE, BOOKING.CREATED_AT, BOOKING.CANCELLED_AT, BOOKING.CHECKED_IN_AT,
					BOOKING.PROGRESS_CONSENT_AT)
			.from(BOOKING)
			.join(COURSE_DATE)
			.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_DATE.COURSE_ID))
			.join(PLACE)
			.on(PLACE.ID.eq(COURSE.PLACE_ID))
			.where(BOOKING.ACCOUNT_ID.eq(accountId))
			.orderBy(COURSE_DATE.STARTS_AT, BOOKING.ID)
			.fetch(r -> DataEntry.of("course", r.value1(), "startsAt", r.value2(), "place", r.value3(), "status",
					r.value4().name(), "name", r.value5(), "phone", r.value6(), "email", r.value7(), "code", r.value8(),
					"bookedAt", r.value9(), "cancelledAt", r.value10(), "checkedInAt", r.value11(), "progressConsentAt",
					r.value12()));
	}

	/** The codes of the person's own bookings that are still active for a day to come. */
	List<String> activeCodesToCome(long accountId, Instant now) {
		return this.dsl.select(BOOKING.CODE)
			.from(BOOKING)
			.join(COURSE_DATE)
			.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
			.where(BOOKING.ACCOUNT_ID.eq(accountId))
			.and(BOOKING.STATUS.ne(BookingStatus.CANCELLED))
			.and(COURSE_DATE.STARTS_AT.gt(now))
			.fetch(BOOKING.CODE);
	}

	/**
	 * Takes the person out of a booking: no name, no contact, no account; the row stays
	 * for the course's statistics.
	 */
	List<Long> anonymise(Condition which, Instant now) {
		return this.dsl.update(BOOKING)
			.setNull(BOOKING.NAME)
			.setNull(BOOKING.PHONE)
			.setNull(BOOKING.EMAIL)
			.setNull(BOOKING.ACCOUNT_ID)
			.setNull(BOOKING.BOOKED_BY)
			.setNull(BOOKING.PROGRESS_CONSENT_AT)
			.set(BOOKING.ANONYMISED_AT, now)
			.where(which)
			.and(BOOKING.ANONYMISED_AT.isNull())
			.returning(BOOKING.ID)
			.fetch(BOOKING.ID);
	}

	List<Long> anonymiseOfAccount(long accountId, Instant now) {
		return anonymise(BOOKING.ACCOUNT_ID.eq(accountId), now);
	}

	List<Long> anonymiseById(long bookingId, Instant now) {
		return anonymise(BOOKING.ID.eq(bookingId), now);
	}

	/** The language a booking was made in. */
	Language language(long bookingId) {
		return this.dsl.select(BOOKING.LANGUAGE)
			.from(BOOKING)
			.where(BOOKING.ID.eq(bookingId))
			.fetchOptional(BOOKING.LANGUAGE)
			.orElse(Language.DE);
	}

	boolean isAnonymised(long bookingId) {
		return this.dsl.fetchExists(BOOKING, BOOKING.ID.eq(bookingId).and(BOOKING.ANONYMISED_AT.isNotNull()));
	}

	/**
	 * Deletes the name, phone number and e-mail address of guest bookings (without an
	 * account: an account's bookings go with the account) of dates that ended before the
	 * time; the bookings stay, marked anonymised. Bookings anonymised already are not
	 * touched again.
	 */
	List<Long> anonymiseDatesEndedBefore(Instant before, Instant now) {
		return anonymise(BOOKING.ACCOUNT_ID.isNull()
			.and(BOOKING.DATE_ID
				.in(DSL.select(COURSE_DATE.ID).from(COURSE_DATE).where(COURSE_DATE.ENDS_AT.lt(before)))), now);
	}

}
