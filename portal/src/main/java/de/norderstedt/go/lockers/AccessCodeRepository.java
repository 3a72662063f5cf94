package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.LOCKER_ACCESS_CODE;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.LockerAccessCodeRecord;
import de.norderstedt.go.kiosk.codes.CodeAction;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AccessCodeRepository {

	/** A stored code and what became of it. */
	record StoredCode(long id, long reservationId, long stationId, CodeAction action, String code, String numericCode,
			Instant validFrom, Instant validUntil, @Nullable Instant usedAt, @Nullable Instant revokedAt) {

		AccessPass pass() {
			return new AccessPass(this.reservationId, this.action, this.code, this.numericCode, this.validFrom,
					this.validUntil);
		}

	}

	private final DSLContext dsl;

	AccessCodeRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<StoredCode> find(long reservationId, CodeAction action) {
		return this.dsl.selectFrom(LOCKER_ACCESS_CODE)
			.where(LOCKER_ACCESS_CODE.RESERVATION_ID.eq(reservationId))
			.and(LOCKER_ACCESS_CODE.ACTION.eq(action))
			.fetchOptional(AccessCodeRepository::toCode);
	}

	/** The code, locked until the transaction ends (one use at a time). */
	Optional<StoredCode> lock(long id) {
		return this.dsl.selectFrom(LOCKER_ACCESS_CODE)
			.where(LOCKER_ACCESS_CODE.ID.eq(id))
			.forUpdate()
			.fetchOptional(AccessCodeRepository::toCode);
	}

	/**
	 * The code a typed number stands for at the station, locked: the open one, or else
	 * the latest used or revoked one (to say why it does not open).
	 */
	Optional<StoredCode> lockByNumber(long stationId, String numericCode) {
		return this.dsl.selectFrom(LOCKER_ACCESS_CODE)
			.where(LOCKER_ACCESS_CODE.STATION_ID.eq(stationId))
			.and(LOCKER_ACCESS_CODE.NUMERIC_CODE.eq(numericCode))
			.orderBy(LOCKER_ACCESS_CODE.USED_AT.isNull().desc(), LOCKER_ACCESS_CODE.REVOKED_AT.isNull().desc(),
					LOCKER_ACCESS_CODE.VALID_UNTIL.desc())
			.limit(1)
			.forUpdate()
			.fetchOptional(AccessCodeRepository::toCode);
	}

	boolean numberInUse(long stationId, String numericCode) {
		return this.dsl.fetchExists(LOCKER_ACCESS_CODE,
				LOCKER_ACCESS_CODE.STATION_ID.eq(stationId)
					.and(LOCKER_ACCESS_CODE.NUMERIC_CODE.eq(numericCode))
					.and(LOCKER_ACCESS_CODE.USED_AT.isNull())
					.and(LOCKER_ACCESS_CODE.REVOKED_AT.isNull()));
	}

	void insert(long id, long reservationId, long stationId, CodeAction action, String code, String numericCode,
			Instant validFrom, Instant validUntil) {
		this.dsl.insertInto(LOCKER_ACCESS_CODE)
			.set(LOCKER_ACCESS_CODE.ID, id)
			.set(LOCKER_ACCESS_CODE.RESERVATION_ID, reservationId)
			.set(LOCKER_ACCESS_CODE.STATION_ID, stationId)
			.set(LOCKER_ACCESS_CODE.ACTION, action)
			.set(LOCKER_ACCESS_CODE.CODE, code)
			.set(LOCKER_ACCESS_CODE.NUMERIC_CODE, numericCode)
			.set(LOCKER_ACCESS_CODE.VALID_FROM, validFrom)
			.set(LOCKER_ACCESS_CODE.VALID_UNTIL, validUntil)
			.execute();
	}

	/** Marks the code used; false when it was used already. */
	boolean use(long id, Instant at, boolean offline) {
		return this.dsl.update(LOCKER_ACCESS_CODE)
			.set(LOCKER_ACCESS_CODE.USED_AT, at)
			.set(LOCKER_ACCESS_CODE.USED_OFFLINE, offline)
			.where(LOCKER_ACCESS_CODE.ID.eq(id))
			.and(LOCKER_ACCESS_CODE.USED_AT.isNull())
			.execute() == 1;
	}

	void revokeAll(long reservationId, Instant at) {
		this.dsl.update(LOCKER_ACCESS_CODE)
			.set(LOCKER_ACCESS_CODE.REVOKED_AT, at)
			.where(LOCKER_ACCESS_CODE.RESERVATION_ID.eq(reservationId))
			.and(LOCKER_ACCESS_CODE.USED_AT.isNull())
			.and(LOCKER_ACCESS_CODE.REVOKED_AT.isNull())
			.execute();
	}

	/**
	 * The station's revoked codes whose window has not ended, with its end (the agents
	 * refuse them).
	 */
	Map<Long, Instant> revokedInWindow(long stationId, Instant now) {
		return this.dsl.select(LOCKER_ACCESS_CODE.ID, LOCKER_ACCESS_CODE.VALID_UNTIL)
			.from(LOCKER_ACCESS_CODE)
			.where(LOCKER_ACCESS_CODE.STATION_ID.eq(stationId))
			.and(LOCKER_ACCESS_CODE.REVOKED_AT.isNotNull())
			.and(LOCKER_ACCESS_CODE.VALID_UNTIL.gt(now))
			.fetchMap(LOCKER_ACCESS_CODE.ID, LOCKER_ACCESS_CODE.VALID_UNTIL);
	}

	private static StoredCode toCode(LockerAccessCodeRecord r) {
		return new StoredCode(r.getId(), r.getReservationId(), r.getStationId(), r.getAction(), r.getCode(),
				r.getNumericCode(), r.getValidFrom(), r.getValidUntil(), r.getUsedAt(), r.getRevokedAt());
	}

}
