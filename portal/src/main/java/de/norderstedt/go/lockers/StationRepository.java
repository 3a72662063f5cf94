package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.LOCKER_COMPARTMENT;
import static de.norderstedt.go.db.Tables.LOCKER_EVENT;
import static de.norderstedt.go.db.Tables.LOCKER_ITEM;
import static de.norderstedt.go.db.Tables.LOCKER_STATION;
import static de.norderstedt.go.db.Tables.LOCKER_STATION_STAFF;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.LockerCompartmentRecord;
import de.norderstedt.go.db.tables.records.LockerStationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Stations, their compartments and items, and what happened at them. */
@Repository
class StationRepository {

	private final DSLContext dsl;

	StationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Station> findAll() {
		return this.dsl.selectFrom(LOCKER_STATION).orderBy(LOCKER_STATION.NAME).fetch(StationRepository::toStation);
	}

	Optional<Station> findById(long id) {
		return this.dsl.selectFrom(LOCKER_STATION)
			.where(LOCKER_STATION.ID.eq(id))
			.fetchOptional(StationRepository::toStation);
	}

	Optional<Station> findByDevice(long deviceId) {
		return this.dsl.selectFrom(LOCKER_STATION)
			.where(LOCKER_STATION.DEVICE_ID.eq(deviceId))
			.fetchOptional(StationRepository::toStation);
	}

	/** Whether the account is assigned to the station as its staff. */
	boolean isStaffOf(long stationId, long accountId) {
		return this.dsl.fetchExists(LOCKER_STATION_STAFF,
				LOCKER_STATION_STAFF.STATION_ID.eq(stationId).and(LOCKER_STATION_STAFF.ACCOUNT_ID.eq(accountId)));
	}

	/** The stations the account is assigned to. */
	java.util.Set<Long> stationsOfStaff(long accountId) {
		return this.dsl.select(LOCKER_STATION_STAFF.STATION_ID)
			.from(LOCKER_STATION_STAFF)
			.where(LOCKER_STATION_STAFF.ACCOUNT_ID.eq(accountId))
			.fetchSet(LOCKER_STATION_STAFF.STATION_ID);
	}

	/** The accounts assigned to the station. */
	java.util.Set<Long> staffOf(long stationId) {
		return this.dsl.select(LOCKER_STATION_STAFF.ACCOUNT_ID)
			.from(LOCKER_STATION_STAFF)
			.where(LOCKER_STATION_STAFF.STATION_ID.eq(stationId))
			.fetchSet(LOCKER_STATION_STAFF.ACCOUNT_ID);
	}

	void addStaff(long stationId, long accountId) {
		this.dsl.insertInto(LOCKER_STATION_STAFF)
			.set(LOCKER_STATION_STAFF.STATION_ID, stationId)
			.set(LOCKER_STATION_STAFF.ACCOUNT_ID, accountId)
			.onConflictDoNothing()
			.execute();
	}

	/** Assigns the account with this username, if there is one (demo data). */
	void addStaffByUsername(long stationId, String username) {
		this.dsl.insertInto(LOCKER_STATION_STAFF, LOCKER_STATION_STAFF.STATION_ID, LOCKER_STATION_STAFF.ACCOUNT_ID)
			.select(this.dsl.select(DSL.val(stationId), ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)))
			.onConflictDoNothing()
			.execute();
	}

	/** Makes exactly these accounts the station's staff. */
	void setStaff(long stationId, java.util.Set<Long> accountIds) {
		this.dsl.deleteFrom(LOCKER_STATION_STAFF)
			.where(LOCKER_STATION_STAFF.STATION_ID.eq(stationId))
			.and(LOCKER_STATION_STAFF.ACCOUNT_ID.notIn(accountIds))
			.execute();
		accountIds.forEach(accountId -> addStaff(stationId, accountId));
	}

	Optional<Station> findByName(String name) {
		return this.dsl.selectFrom(LOCKER_STATION)
			.where(LOCKER_STATION.NAME.eq(name))
			.fetchOptional(StationRepository::toStation);
	}

	long insert(NewStation station) {
		return Objects.requireNonNull(this.dsl.insertInto(LOCKER_STATION)
			.set(stationRecord(station))
			.returning(LOCKER_STATION.ID)
			.fetchSingle(LOCKER_STATION.ID));
	}

	boolean update(long id, NewStation station) {
		return this.dsl.update(LOCKER_STATION)
			.set(stationRecord(station))
			.where(LOCKER_STATION.ID.eq(id))
			.execute() == 1;
	}

	/**
	 * The columns a station's form writes; the record sets only these, for insert and
	 * update alike.
	 */
	private static LockerStationRecord stationRecord(NewStation station) {
		LockerStationRecord record = new LockerStationRecord();
		record.setName(station.name());
		record.setPlace(station.place());
		record.setOpensAt(station.opens());
		record.setClosesAt(station.closes());
		record.setDeviceId(station.deviceId());
		record.setSimulated(station.simulated());
		return record;
	}

	boolean nameTaken(String name, @Nullable Long except) {
		return this.dsl.fetchExists(LOCKER_STATION, LOCKER_STATION.NAME.eq(name)
			.and(except == null ? org.jooq.impl.DSL.trueCondition() : LOCKER_STATION.ID.ne(except)));
	}

	boolean deviceTaken(long deviceId, @Nullable Long except) {
		return this.dsl.fetchExists(LOCKER_STATION, LOCKER_STATION.DEVICE_ID.eq(deviceId)
			.and(except == null ? org.jooq.impl.DSL.trueCondition() : LOCKER_STATION.ID.ne(except)));
	}

	List<Station> findSimulated() {
		return this.dsl.selectFrom(LOCKER_STATION)
			.where(LOCKER_STATION.SIMULATED.isTrue())
			.and(LOCKER_STATION.DEVICE_ID.isNotNull())
			.fetch(StationRepository::toStation);
	}

	List<Compartment> compartments(long stationId) {
		return this.dsl.selectFrom(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.orderBy(LOCKER_COMPARTMENT.NUMBER)
			.fetch(StationRepository::toCompartment);
	}

	Optional<Compartment> compartment(long compartmentId) {
		return this.dsl.selectFrom(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.ID.eq(compartmentId))
			.fetchOptional(StationRepository::toCompartment);
	}

	Optional<Compartment> compartment(long stationId, int number) {
		return this.dsl.selectFrom(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.and(LOCKER_COMPARTMENT.NUMBER.eq(number))
			.fetchOptional(StationRepository::toCompartment);
	}

	boolean numberTaken(long stationId, int number, @Nullable Long except) {
		return this.dsl.fetchExists(LOCKER_COMPARTMENT,
				LOCKER_COMPARTMENT.STATION_ID.eq(stationId)
					.and(LOCKER_COMPARTMENT.NUMBER.eq(number))
					.and(except == null ? org.jooq.impl.DSL.trueCondition() : LOCKER_COMPARTMENT.ID.ne(except)));
	}

	long insertCompartment(long stationId, NewCompartment compartment) {
		LockerCompartmentRecord record = compartmentRecord(compartment);
		record.setStationId(stationId);
		return Objects.requireNonNull(this.dsl.insertInto(LOCKER_COMPARTMENT)
			.set(record)
			.returning(LOCKER_COMPARTMENT.ID)
			.fetchSingle(LOCKER_COMPARTMENT.ID));
	}

	boolean updateCompartment(long id, NewCompartment compartment) {
		return this.dsl.update(LOCKER_COMPARTMENT)
			.set(compartmentRecord(compartment))
			.where(LOCKER_COMPARTMENT.ID.eq(id))
			.execute() == 1;
	}

	/** The columns a compartment's form writes; the record sets only these. */
	private static LockerCompartmentRecord compartmentRecord(NewCompartment compartment) {
		LockerCompartmentRecord record = new LockerCompartmentRecord();
		record.setNumber(compartment.number());
		record.setHeightCm(compartment.heightCm());
		record.setSize(compartment.size());
		record.setState(compartment.state());
		return record;
	}

	/**
	 * Locks all the station's compartments until the transaction ends, in the order of
	 * their ids: the order a reservation locks them in ({@code ReservationRepository}),
	 * so the two never wait for each other in a circle.
	 */
	void lockCompartments(long stationId) {
		this.dsl.select(LOCKER_COMPARTMENT.ID)
			.from(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.orderBy(LOCKER_COMPARTMENT.ID)
			.forUpdate()
			.fetch();
	}

	/**
	 * The door's state as the sensor reported it, if the report is newer than the last.
	 */
	void setDoor(long stationId, int number, boolean open, Instant at) {
		this.dsl.update(LOCKER_COMPARTMENT)
			.set(LOCKER_COMPARTMENT.DOOR_OPEN, open)
			.set(LOCKER_COMPARTMENT.DOOR_CHANGED_AT, at)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.and(LOCKER_COMPARTMENT.NUMBER.eq(number))
			.and(LOCKER_COMPARTMENT.DOOR_CHANGED_AT.isNull().or(LOCKER_COMPARTMENT.DOOR_CHANGED_AT.le(at)))
			.execute();
	}

	Optional<Boolean> isDoorOpen(long stationId, int number) {
		return this.dsl.select(LOCKER_COMPARTMENT.DOOR_OPEN)
			.from(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.and(LOCKER_COMPARTMENT.NUMBER.eq(number))
			.fetchOptional(LOCKER_COMPARTMENT.DOOR_OPEN);
	}

	List<Item> items(long stationId) {
		return selectItems().where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId))
			.orderBy(LOCKER_COMPARTMENT.NUMBER)
			.fetch(StationRepository::toItem);
	}

	Optional<Item> item(long itemId) {
		return selectItems().where(LOCKER_ITEM.ID.eq(itemId)).fetchOptional(StationRepository::toItem);
	}

	// everything of an item but its photo's bytes
	private SelectOnConditionStep<Record9<Long, Long, Integer, ItemType, String, ItemCondition, String, String, String>> selectItems() {
		return this.dsl
			.select(LOCKER_ITEM.ID, LOCKER_ITEM.COMPARTMENT_ID, LOCKER_COMPARTMENT.NUMBER, LOCKER_ITEM.TYPE,
					LOCKER_ITEM.NAME, LOCKER_ITEM.CONDITION, LOCKER_ITEM.PHOTO_TYPE, LOCKER_ITEM.PHOTO_ALT_DE,
					LOCKER_ITEM.PHOTO_ALT_EN)
			.from(LOCKER_ITEM)
			.join(LOCKER_COMPARTMENT)
			.on(LOCKER_COMPARTMENT.ID.eq(LOCKER_ITEM.COMPARTMENT_ID));
	}

	boolean compartmentHasItem(long compartmentId, @Nullable Long except) {
		return this.dsl.fetchExists(LOCKER_ITEM, LOCKER_ITEM.COMPARTMENT_ID.eq(compartmentId)
			.and(except == null ? org.jooq.impl.DSL.trueCondition() : LOCKER_ITEM.ID.ne(except)));
	}

	long insertItem(NewItem item) {
		return Objects.requireNonNull(this.dsl.insertInto(LOCKER_ITEM)
			.set(itemValues(item))
			.returning(LOCKER_ITEM.ID)
			.fetchSingle(LOCKER_ITEM.ID));
	}

	boolean updateItem(long id, NewItem item) {
		return this.dsl.update(LOCKER_ITEM).set(itemValues(item)).where(LOCKER_ITEM.ID.eq(id)).execute() == 1;
	}

	// the photo's columns only with a new photo: null keeps the stored one
	private static Map<Field<?>, Object> itemValues(NewItem item) {
		Map<Field<?>, Object> values = new LinkedHashMap<>();
		values.put(LOCKER_ITEM.COMPARTMENT_ID, item.compartmentId());
		values.put(LOCKER_ITEM.TYPE, item.type());
		values.put(LOCKER_ITEM.NAME, item.name());
		values.put(LOCKER_ITEM.CONDITION, item.condition());
		ItemPhoto photo = item.photo();
		if (photo != null) {
			values.put(LOCKER_ITEM.PHOTO, photo.data());
			values.put(LOCKER_ITEM.PHOTO_TYPE, photo.mediaType());
			values.put(LOCKER_ITEM.PHOTO_ALT_DE, photo.altDe());
			values.put(LOCKER_ITEM.PHOTO_ALT_EN, photo.altEn());
		}
		return values;
	}

	void setCondition(long itemId, ItemCondition condition) {
		this.dsl.update(LOCKER_ITEM).set(LOCKER_ITEM.CONDITION, condition).where(LOCKER_ITEM.ID.eq(itemId)).execute();
	}

	Optional<ItemPhoto> photo(long itemId) {
		return this.dsl
			.select(LOCKER_ITEM.PHOTO, LOCKER_ITEM.PHOTO_TYPE, LOCKER_ITEM.PHOTO_ALT_DE, LOCKER_ITEM.PHOTO_ALT_EN)
			.from(LOCKER_ITEM)
			.where(LOCKER_ITEM.ID.eq(itemId))
			.and(LOCKER_ITEM.PHOTO.isNotNull())
			.fetchOptional(r -> new ItemPhoto(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * Records something that happened at a station. Returns false when an agent's report
	 * with this event id was recorded before (the agent repeats unacknowledged reports).
	 */
	boolean recordEvent(long stationId, @Nullable Integer compartment, StationEventKind kind,
			@Nullable String agentEventId, @Nullable Long codeId, @Nullable String reason, Instant at) {
		return this.dsl.insertInto(LOCKER_EVENT)
			.set(LOCKER_EVENT.STATION_ID, stationId)
			.set(LOCKER_EVENT.COMPARTMENT, compartment)
			.set(LOCKER_EVENT.KIND, kind)
			.set(LOCKER_EVENT.AGENT_EVENT_ID, agentEventId)
			.set(LOCKER_EVENT.CODE_ID, codeId)
			.set(LOCKER_EVENT.REASON, reason)
			.set(LOCKER_EVENT.OCCURRED_AT, at)
			.onConflict(LOCKER_EVENT.AGENT_EVENT_ID)
			.doNothing()
			.execute() == 1;
	}

	/** A station event as staff and tests read it. */
	record StationEvent(@Nullable Integer compartment, StationEventKind kind, @Nullable Long codeId,
			@Nullable String reason, Instant at) {
	}

	List<StationEvent> events(long stationId) {
		return this.dsl
			.select(LOCKER_EVENT.COMPARTMENT, LOCKER_EVENT.KIND, LOCKER_EVENT.CODE_ID, LOCKER_EVENT.REASON,
					LOCKER_EVENT.OCCURRED_AT)
			.from(LOCKER_EVENT)
			.where(LOCKER_EVENT.STATION_ID.eq(stationId))
			.orderBy(LOCKER_EVENT.ID)
			.fetch(Records.mapping(StationEvent::new));
	}

	private static Station toStation(LockerStationRecord r) {
		return new Station(r.getId(), r.getName(), r.getPlace(), r.getOpensAt(), r.getClosesAt(), r.getDeviceId(),
				r.getSimulated());
	}

	private static Compartment toCompartment(LockerCompartmentRecord r) {
		return new Compartment(r.getId(), r.getStationId(), r.getNumber(), r.getHeightCm(), r.getSize(), r.getState());
	}

	private static Item toItem(Record r) {
		return new Item(r.get(LOCKER_ITEM.ID), r.get(LOCKER_ITEM.COMPARTMENT_ID), r.get(LOCKER_COMPARTMENT.NUMBER),
				r.get(LOCKER_ITEM.TYPE), r.get(LOCKER_ITEM.NAME), r.get(LOCKER_ITEM.CONDITION),
				r.get(LOCKER_ITEM.PHOTO_TYPE) != null, r.get(LOCKER_ITEM.PHOTO_ALT_DE),
				r.get(LOCKER_ITEM.PHOTO_ALT_EN));
	}

	/** Deletes what the terminals reported that happened before the time. */
	int deleteEventsBefore(Instant before) {
		return this.dsl.deleteFrom(LOCKER_EVENT).where(LOCKER_EVENT.OCCURRED_AT.lt(before)).execute();
	}

}
