package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.LOCKER_COMPARTMENT;
import static de.norderstedt.go.db.Tables.LOCKER_EVENT;
import static de.norderstedt.go.db.Tables.LOCKER_ITEM;
import static de.norderstedt.go.db.Tables.LOCKER_RESERVATION;
import static de.norderstedt.go.db.Tables.LOCKER_STATION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.LockerReservationRecord;
import org.jooq.Condition;
import de.norderstedt.go.accounts.DataEntry;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.springframework.stereotype.Repository;

@Repository
class ReservationRepository {

	/** An item one could lend, in its compartment. */
	record Candidate(long itemId, long compartmentId, int number, int heightCm) {
	}

	/** A live reservation's compartment and time, for availability. */
	record Busy(long compartmentId, Instant start, Instant end) {
	}

	private static final Condition LIVE = LOCKER_RESERVATION.STATUS.in(ReservationStatus.RESERVED,
			ReservationStatus.PICKED_UP);

	// the slot's bounds, read by PostgreSQL from the range (start included, end not)
	private static final Field<Instant> START = DSL.field("lower({0})", SQLDataType.INSTANT, LOCKER_RESERVATION.PERIOD);

	private static final Field<Instant> END = DSL.field("upper({0})", SQLDataType.INSTANT, LOCKER_RESERVATION.PERIOD);

	/**
	 * When the latest handover (pickup or return) opened the compartment; null before
	 * pickup and for cancelled reservations.
	 */
	private static final Field<Instant> HANDED_OVER = DSL
		.when(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.PICKED_UP), LOCKER_RESERVATION.PICKED_UP_AT)
		.when(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.RETURNED), LOCKER_RESERVATION.RETURNED_AT);

	/**
	 * The door was reported closed after the handover: a closing recorded since (by the
	 * portal's clock or the agent's, whichever is later, so a Pi whose clock lags does
	 * not hold a pickup open), or, once such records are deleted after their retention,
	 * the door's last known state. A door that never reported at all holds nothing open.
	 */
	private static final Condition CLOSED_SINCE = DSL
		.exists(DSL.selectOne()
			.from(LOCKER_EVENT)
			.where(LOCKER_EVENT.STATION_ID.eq(LOCKER_RESERVATION.STATION_ID))
			.and(LOCKER_EVENT.COMPARTMENT.eq(LOCKER_COMPARTMENT.NUMBER))
			.and(LOCKER_EVENT.KIND.eq(StationEventKind.DOOR_CLOSED))
			.and(DSL.greatest(LOCKER_EVENT.OCCURRED_AT, LOCKER_EVENT.RECORDED_AT).ge(HANDED_OVER)))
		.or(LOCKER_COMPARTMENT.DOOR_OPEN.isFalse().and(LOCKER_COMPARTMENT.DOOR_CHANGED_AT.ge(HANDED_OVER)))
		.or(LOCKER_COMPARTMENT.DOOR_CHANGED_AT.isNull());

	/** The handover is under way: see {@link Reservation#doorOpen()}. */
	private static final Field<Boolean> DOOR_OPEN = DSL.field(HANDED_OVER.isNotNull().andNot(CLOSED_SINCE))
		.as("handover_door_open");

	private final DSLContext dsl;

	ReservationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Items of the type at the station that can be lent at all: in order, in a
	 * compartment in service, and not out with someone past their slot.
	 */
	List<Candidate> candidates(long stationId, ItemType type, Instant now) {
		return this.dsl
			.select(LOCKER_ITEM.ID, LOCKER_COMPARTMENT.ID, LOCKER_COMPARTMENT.NUMBER, LOCKER_COMPARTMENT.HEIGHT_CM)
			.from(LOCKER_ITEM)
			.join(LOCKER_COMPARTMENT)
			.on(LOCKER_COMPARTMENT.ID.eq(LOCKER_ITEM.COMPARTMENT_ID))
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.and(LOCKER_ITEM.TYPE.eq(type))
			.and(LOCKER_ITEM.CONDITION.eq(ItemCondition.OK))
			.and(LOCKER_COMPARTMENT.STATE.eq(CompartmentState.IN_SERVICE))
			.andNotExists(DSL.selectOne()
				.from(LOCKER_RESERVATION)
				.where(LOCKER_RESERVATION.ITEM_ID.eq(LOCKER_ITEM.ID))
				.and(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.PICKED_UP))
				.and(END.lt(now)))
			.orderBy(LOCKER_COMPARTMENT.NUMBER)
			.fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * Locks the station's compartments of the type until the transaction ends, so that
	 * reservations of one station and type are checked one after the other (the exclusion
	 * constraint would refuse an overlap anyway).
	 */
	void lockCompartments(long stationId, ItemType type) {
		this.dsl.select(LOCKER_COMPARTMENT.ID)
			.from(LOCKER_COMPARTMENT)
			.join(LOCKER_ITEM)
			.on(LOCKER_ITEM.COMPARTMENT_ID.eq(LOCKER_COMPARTMENT.ID))
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.and(LOCKER_ITEM.TYPE.eq(type))
			.orderBy(LOCKER_COMPARTMENT.ID)
			.forUpdate()
			.of(LOCKER_COMPARTMENT)
			.fetch();
	}

	/** Live reservations of the station overlapping the time. */
	List<Busy> busy(long stationId, Instant from, Instant to) {
		return this.dsl.select(LOCKER_RESERVATION.COMPARTMENT_ID, START, END)
			.from(LOCKER_RESERVATION)
			.where(LOCKER_RESERVATION.STATION_ID.eq(stationId))
			.and(LIVE)
			.and(DSL.condition("{0} && {1}", LOCKER_RESERVATION.PERIOD, range(from, to)))
			.fetch(Records.mapping(Busy::new));
	}

	/**
	 * Stores a reservation; the exclusion constraint refuses an overlap (SQLState 23P01).
	 */
	long insert(long accountId, long stationId, Candidate candidate, ItemType type, Instant start, Instant end) {
		return Objects.requireNonNull(this.dsl.insertInto(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.ACCOUNT_ID, accountId)
			.set(LOCKER_RESERVATION.STATION_ID, stationId)
			.set(LOCKER_RESERVATION.COMPARTMENT_ID, candidate.compartmentId())
			.set(LOCKER_RESERVATION.ITEM_ID, candidate.itemId())
			.set(LOCKER_RESERVATION.ITEM_TYPE, type)
			.set(LOCKER_RESERVATION.PERIOD, range(start, end))
			.returning(LOCKER_RESERVATION.ID)
			.fetchSingle(LOCKER_RESERVATION.ID));
	}

	boolean hasLive(long accountId, ItemType type) {
		return this.dsl.fetchExists(LOCKER_RESERVATION,
				LOCKER_RESERVATION.ACCOUNT_ID.eq(accountId).and(LOCKER_RESERVATION.ITEM_TYPE.eq(type)).and(LIVE));
	}

	boolean hasLiveForItem(long itemId) {
		return this.dsl.fetchExists(LOCKER_RESERVATION, LOCKER_RESERVATION.ITEM_ID.eq(itemId).and(LIVE));
	}

	Optional<Reservation> find(long id) {
		return select().where(LOCKER_RESERVATION.ID.eq(id)).fetchOptional(ReservationRepository::toReservation);
	}

	/** The reservation, locked until the transaction ends. */
	Optional<Reservation> lock(long id) {
		this.dsl.select(LOCKER_RESERVATION.ID)
			.from(LOCKER_RESERVATION)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.forUpdate()
			.fetchOptional();
		return find(id);
	}

	List<Reservation> findByAccount(long accountId) {
		return select().where(LOCKER_RESERVATION.ACCOUNT_ID.eq(accountId))
			.orderBy(LOCKER_RESERVATION.PERIOD.desc())
			.fetch(ReservationRepository::toReservation);
	}

	/** Live reservations of a station (for the board). */
	List<Reservation> liveAt(long stationId) {
		return select().where(LOCKER_RESERVATION.STATION_ID.eq(stationId))
			.and(LIVE)
			.orderBy(LOCKER_RESERVATION.PERIOD)
			.fetch(ReservationRepository::toReservation);
	}

	/** Picked up and past the end, oldest end first. */
	List<Reservation> overdue(Instant now) {
		return select().where(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.PICKED_UP))
			.and(END.lt(now))
			.orderBy(LOCKER_RESERVATION.PERIOD)
			.fetch(ReservationRepository::toReservation);
	}

	/** The names of the accounts that borrowed, as they gave them. */
	Map<Long, String> borrowerNames(Collection<Long> accountIds) {
		return this.dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME)
			.from(ACCOUNT)
			.where(ACCOUNT.ID.in(accountIds))
			.fetchMap(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME);
	}

	/** Picked up, ending between now and the time, not reminded yet. */
	List<Reservation> endingWithoutReminder(Instant now, Instant until) {
		return select().where(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.PICKED_UP))
			.and(LOCKER_RESERVATION.REMINDED_AT.isNull())
			.and(END.between(now, until))
			.fetch(ReservationRepository::toReservation);
	}

	List<Reservation> overdueWithoutNotice(Instant now) {
		return select().where(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.PICKED_UP))
			.and(LOCKER_RESERVATION.OVERDUE_AT.isNull())
			.and(END.lt(now))
			.fetch(ReservationRepository::toReservation);
	}

	/** Marks the reminder sent; false when another instance did first. */
	boolean markReminded(long id, Instant now) {
		return this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.REMINDED_AT, now)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.and(LOCKER_RESERVATION.REMINDED_AT.isNull())
			.execute() == 1;
	}

	/**
	 * Counts a reminder staff send to the borrower, unless one was sent after
	 * {@code notAfter} (also by another instance at the same moment).
	 * @return the reminder's number; empty when it is too soon
	 */
	Optional<Integer> markStaffReminded(long id, Instant now, Instant notAfter) {
		return this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.STAFF_REMINDED_AT, now)
			.set(LOCKER_RESERVATION.STAFF_REMINDERS, LOCKER_RESERVATION.STAFF_REMINDERS.plus(1))
			.where(LOCKER_RESERVATION.ID.eq(id))
			.and(LOCKER_RESERVATION.STAFF_REMINDED_AT.isNull().or(LOCKER_RESERVATION.STAFF_REMINDED_AT.le(notAfter)))
			.returning(LOCKER_RESERVATION.STAFF_REMINDERS)
			.fetchOptional(LOCKER_RESERVATION.STAFF_REMINDERS);
	}

	/** When staff last sent the borrower a reminder, by reservation. */
	Map<Long, Instant> staffRemindedAt(Collection<Long> ids) {
		return this.dsl.select(LOCKER_RESERVATION.ID, LOCKER_RESERVATION.STAFF_REMINDED_AT)
			.from(LOCKER_RESERVATION)
			.where(LOCKER_RESERVATION.ID.in(ids))
			.and(LOCKER_RESERVATION.STAFF_REMINDED_AT.isNotNull())
			.fetchMap(LOCKER_RESERVATION.ID, LOCKER_RESERVATION.STAFF_REMINDED_AT);
	}

	boolean markOverdue(long id, Instant now) {
		return this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.OVERDUE_AT, now)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.and(LOCKER_RESERVATION.OVERDUE_AT.isNull())
			.execute() == 1;
	}

	boolean cancel(long id, Instant now) {
		return this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.STATUS, ReservationStatus.CANCELLED)
			.set(LOCKER_RESERVATION.CANCELLED_AT, now)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.and(LOCKER_RESERVATION.STATUS.eq(ReservationStatus.RESERVED))
			.execute() == 1;
	}

	boolean pickedUp(long id, Instant at) {
		return step(id, ReservationStatus.RESERVED, ReservationStatus.PICKED_UP, LOCKER_RESERVATION.PICKED_UP_AT, at);
	}

	boolean returned(long id, Instant at) {
		return step(id, ReservationStatus.PICKED_UP, ReservationStatus.RETURNED, LOCKER_RESERVATION.RETURNED_AT, at);
	}

	// from one status to the next, with the time it happened; false when not in "from"
	private boolean step(long id, ReservationStatus from, ReservationStatus to,
			TableField<LockerReservationRecord, Instant> time, Instant at) {
		return this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.STATUS, to)
			.set(time, at)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.and(LOCKER_RESERVATION.STATUS.eq(from))
			.execute() == 1;
	}

	void setReturnCondition(long id, ItemCondition condition) {
		this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.RETURN_CONDITION, condition)
			.where(LOCKER_RESERVATION.ID.eq(id))
			.execute();
	}

	private SelectOnConditionStep<Record> select() {
		return this.dsl.select(LOCKER_RESERVATION.fields())
			.select(START, END, LOCKER_STATION.NAME, LOCKER_STATION.PLACE, LOCKER_COMPARTMENT.NUMBER, LOCKER_ITEM.NAME,
					DOOR_OPEN)
			.from(LOCKER_RESERVATION)
			.join(LOCKER_STATION)
			.on(LOCKER_STATION.ID.eq(LOCKER_RESERVATION.STATION_ID))
			.join(LOCKER_COMPARTMENT)
			.on(LOCKER_COMPARTMENT.ID.eq(LOCKER_RESERVATION.COMPARTMENT_ID))
			.join(LOCKER_ITEM)
			.on(LOCKER_ITEM.ID.eq(LOCKER_RESERVATION.ITEM_ID));
	}

	/** The slot from start (included) to end (not included), made by PostgreSQL. */
	static Field<OffsetDateTimeRange> range(Instant start, Instant end) {
		return DSL.field("tstzrange({0}, {1}, '[)')", LOCKER_RESERVATION.PERIOD.getDataType(), DSL.val(start),
				DSL.val(end));
	}

	private static Reservation toReservation(Record r) {
		return new Reservation(r.get(LOCKER_RESERVATION.ID), r.get(LOCKER_RESERVATION.ACCOUNT_ID),
				r.get(LOCKER_RESERVATION.STATION_ID), r.get(LOCKER_STATION.NAME), r.get(LOCKER_STATION.PLACE),
				r.get(LOCKER_COMPARTMENT.NUMBER), r.get(LOCKER_RESERVATION.ITEM_ID),
				r.get(LOCKER_RESERVATION.ITEM_TYPE), r.get(LOCKER_ITEM.NAME), r.get(START), r.get(END),
				r.get(LOCKER_RESERVATION.STATUS), r.get(LOCKER_RESERVATION.PICKED_UP_AT),
				r.get(LOCKER_RESERVATION.RETURNED_AT), r.get(LOCKER_RESERVATION.RETURN_CONDITION),
				Boolean.TRUE.equals(r.get(DOOR_OPEN)));
	}

	/** The person's reservations with station, item and times, oldest first. */
	List<DataEntry> forExport(long accountId) {
		return this.dsl
			.select(LOCKER_STATION.NAME, LOCKER_RESERVATION.ITEM_TYPE, START, END, LOCKER_RESERVATION.STATUS,
					LOCKER_RESERVATION.CREATED_AT, LOCKER_RESERVATION.PICKED_UP_AT, LOCKER_RESERVATION.RETURNED_AT,
					LOCKER_RESERVATION.CANCELLED_AT, LOCKER_RESERVATION.RETURN_CONDITION)
			.from(LOCKER_RESERVATION)
			.join(LOCKER_STATION)
			.on(LOCKER_STATION.ID.eq(LOCKER_RESERVATION.STATION_ID))
			.where(LOCKER_RESERVATION.ACCOUNT_ID.eq(accountId))
			.orderBy(LOCKER_RESERVATION.CREATED_AT, LOCKER_RESERVATION.ID)
			.fetch(r -> DataEntry.of("station", r.value1(), "item", r.value2(), "from", r.value3(), "until", r.value4(),
					"status", r.value5(), "reservedAt", r.value6(), "pickedUpAt", r.value7(), "returnedAt", r.value8(),
					"cancelledAt", r.value9(), "returnCondition", r.value10()));
	}

	/** Deletes the person's reservations (their access codes go with them). */
	int deleteOfAccount(long accountId) {
		return this.dsl.deleteFrom(LOCKER_RESERVATION).where(LOCKER_RESERVATION.ACCOUNT_ID.eq(accountId)).execute();
	}

	/**
	 * Deletes the returned and cancelled reservations whose slot ended before the time,
	 * with their access codes.
	 */
	int deleteFinishedBefore(Instant before) {
		return this.dsl.deleteFrom(LOCKER_RESERVATION)
			.where(LOCKER_RESERVATION.STATUS.in(ReservationStatus.RETURNED, ReservationStatus.CANCELLED))
			.and(END.lt(before))
			.execute();
	}

}
