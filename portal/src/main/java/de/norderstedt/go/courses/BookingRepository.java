package de.norderstedt.go.courses;

import static de.norderstedt.go.db.Tables.BOOKING;
import static de.norderstedt.go.db.Tables.COURSE;
import static de.norderstedt.go.db.Tables.COURSE_DATE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.BookingRecord;
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
		return this.dsl.select(COURSE_DATE.ID, COURSE.CAPACITY, COURSE_DATE.STARTS_AT, COURSE_DATE.CANCELLED_AT)
			.from(COURSE_DATE)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_DATE.COURSE_ID))
			.where(COURSE_DATE.ID.eq(dateId))
			.forUpdate()
			.of(COURSE_DATE)
			.fetchOptional(r -> new LockedDate(r.value1(), r.value2(), r.value3().toInstant(), r.value4() != null));
	}

	int countConfirmed(long dateId) {
		return this.dsl.fetchCount(BOOKING,
				BOOKING.DATE_ID.eq(dateId).and(BOOKING.STATUS.eq(BookingStatus.CONFIRMED.name())));
	}

	long insert(long dateId, String code, BookingStatus status, String name, @Nullable String phone,
			@Nullable String email, @Nullable Long accountId, @Nullable Long bookedBy) {
		return this.dsl.insertInto(BOOKING)
			.set(BOOKING.DATE_ID, dateId)
			.set(BOOKING.CODE, code)
			.set(BOOKING.STATUS, status.name())
			.set(BOOKING.NAME, name)
			.set(BOOKING.PHONE, phone)
			.set(BOOKING.EMAIL, email)
			.set(BOOKING.ACCOUNT_ID, accountId)
			.set(BOOKING.BOOKED_BY, bookedBy)
			.returning(BOOKING.ID)
			.fetchSingle(BOOKING.ID);
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

	void cancel(long bookingId, Instant now) {
		this.dsl.update(BOOKING)
			.set(BOOKING.STATUS, BookingStatus.CANCELLED.name())
			.set(BOOKING.CANCELLED_AT, utc(now))
			.where(BOOKING.ID.eq(bookingId))
			.execute();
	}

	/** The booking that waited longest for the date, if any. */
	Optional<Long> firstWaiting(long dateId) {
		return this.dsl.select(BOOKING.ID)
			.from(BOOKING)
			.where(BOOKING.DATE_ID.eq(dateId))
			.and(BOOKING.STATUS.eq(BookingStatus.WAITING.name()))
			.orderBy(BOOKING.CREATED_AT, BOOKING.ID)
			.limit(1)
			.fetchOptional(BOOKING.ID);
	}

	void confirm(long bookingId) {
		this.dsl.update(BOOKING)
			.set(BOOKING.STATUS, BookingStatus.CONFIRMED.name())
			.where(BOOKING.ID.eq(bookingId))
			.execute();
	}

	private int waitingPosition(BookingRecord r) {
		if (!BookingStatus.WAITING.name().equals(r.getStatus())) {
			return 0;
		}
		return this.dsl.fetchCount(BOOKING,
				BOOKING.DATE_ID.eq(r.getDateId())
					.and(BOOKING.STATUS.eq(BookingStatus.WAITING.name()))
					.and(DSL.row(BOOKING.CREATED_AT, BOOKING.ID).le(r.getCreatedAt(), r.getId())));
	}

	private Booking toBooking(BookingRecord r) {
		return new Booking(r.getId(), r.getDateId(), r.getCode(), BookingStatus.valueOf(r.getStatus()), r.getName(),
				r.getPhone(), r.getEmail(), r.getAccountId(), r.getCreatedAt().toInstant(),
				r.getCheckedInAt() == null ? null : r.getCheckedInAt().toInstant(), waitingPosition(r));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
