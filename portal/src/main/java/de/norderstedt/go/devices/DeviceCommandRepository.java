package de.norderstedt.go.devices;

import static de.norderstedt.go.db.Tables.AGENT_CONNECTION;
import static de.norderstedt.go.db.Tables.DEVICE_COMMAND;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Commands for locker agents as rows. Every time here is the database's
 * ({@code clock_timestamp()}): instances whose clocks differ still agree on what has
 * expired.
 */
@Repository
class DeviceCommandRepository {

	/** A claimed command, to be sent. */
	record Claimed(UUID id, long deviceId, int compartment, String code) {
	}

	/** Where a command is now. */
	record Status(CommandState state, @Nullable Instant pulsedAt, @Nullable String result) {
	}

	private final DSLContext dsl;

	DeviceCommandRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(UUID id, long deviceId, int compartment, String code, Duration lifetime) {
		this.dsl.insertInto(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.ID, id)
			.set(DEVICE_COMMAND.DEVICE_ID, deviceId)
			.set(DEVICE_COMMAND.COMPARTMENT, compartment)
			.set(DEVICE_COMMAND.CODE, code)
			.set(DEVICE_COMMAND.STATE, CommandState.NEW)
			.set(DEVICE_COMMAND.CREATED_AT, now())
			.set(DEVICE_COMMAND.EXPIRES_AT, now(lifetime))
			.execute();
	}

	/**
	 * Claims the device's new commands that have not expired, when the agent's newest
	 * connection is this instance's ({@code agent_connection}): an instance still holding
	 * an older, half-closed connection leaves them alone. Two instances claiming at once
	 * get each command once: the second waits for the first's row lock and then finds it
	 * no longer new.
	 */
	List<Claimed> claim(long deviceId, String instance) {
		return this.dsl.update(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.STATE, CommandState.CLAIMED)
			.set(DEVICE_COMMAND.CLAIMED_BY, instance)
			.where(DEVICE_COMMAND.DEVICE_ID.eq(deviceId))
			.and(DEVICE_COMMAND.STATE.eq(CommandState.NEW))
			.and(DEVICE_COMMAND.EXPIRES_AT.gt(now()))
			.andExists(DSL.selectOne()
				.from(AGENT_CONNECTION)
				.where(AGENT_CONNECTION.DEVICE_ID.eq(deviceId))
				.and(AGENT_CONNECTION.INSTANCE_ID.eq(instance)))
			.returning(DEVICE_COMMAND.ID, DEVICE_COMMAND.DEVICE_ID, DEVICE_COMMAND.COMPARTMENT, DEVICE_COMMAND.CODE)
			.fetch(r -> new Claimed(r.getId(), r.getDeviceId(), r.getCompartment(), r.getCode()));
	}

	/**
	 * Marks a claimed command as sent, unless it expired meanwhile: the last check before
	 * it goes to the agent.
	 * @return whether it may be sent now
	 */
	boolean markSent(UUID id, String instance) {
		return this.dsl.update(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.STATE, CommandState.SENT)
			.where(DEVICE_COMMAND.ID.eq(id))
			.and(DEVICE_COMMAND.STATE.eq(CommandState.CLAIMED))
			.and(DEVICE_COMMAND.CLAIMED_BY.eq(instance))
			.and(DEVICE_COMMAND.EXPIRES_AT.gt(now()))
			.execute() == 1;
	}

	/**
	 * Ends a command that was not sent (new or claimed) as expired.
	 * @return whether it was still unsent
	 */
	boolean expireUnsent(UUID id) {
		return this.dsl.update(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.STATE, CommandState.EXPIRED)
			.set(DEVICE_COMMAND.FINISHED_AT, now())
			.where(DEVICE_COMMAND.ID.eq(id))
			.and(DEVICE_COMMAND.STATE.in(CommandState.NEW, CommandState.CLAIMED))
			.execute() == 1;
	}

	/**
	 * Writes the agent's answer (or that none came) to a command this instance sent.
	 * @return whether the command was still waiting for it
	 */
	boolean finish(UUID id, String instance, CommandState state, @Nullable Instant pulsedAt, @Nullable String result) {
		return this.dsl.update(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.STATE, state)
			.set(DEVICE_COMMAND.FINISHED_AT, now())
			.set(DEVICE_COMMAND.PULSED_AT, pulsedAt)
			.set(DEVICE_COMMAND.RESULT, result)
			.where(DEVICE_COMMAND.ID.eq(id))
			.and(DEVICE_COMMAND.STATE.in(CommandState.CLAIMED, CommandState.SENT))
			.and(DEVICE_COMMAND.CLAIMED_BY.eq(instance))
			.execute() == 1;
	}

	Optional<Status> status(UUID id) {
		return this.dsl.select(DEVICE_COMMAND.STATE, DEVICE_COMMAND.PULSED_AT, DEVICE_COMMAND.RESULT)
			.from(DEVICE_COMMAND)
			.where(DEVICE_COMMAND.ID.eq(id))
			.fetchOptional(r -> new Status(r.value1(), r.value2(), r.value3()));
	}

	/**
	 * Deletes commands finished (or, never finished, expired) longer ago than the
	 * retention.
	 */
	int deleteOlderThan(Duration retention) {
		return this.dsl.deleteFrom(DEVICE_COMMAND)
			.where(DSL.coalesce(DEVICE_COMMAND.FINISHED_AT, DEVICE_COMMAND.EXPIRES_AT).lt(now(retention.negated())))
			.execute();
	}

	/** The database's time now (not the transaction's start). */
	private static Field<Instant> now() {
		return DSL.field("clock_timestamp()", DEVICE_COMMAND.CREATED_AT.getDataType());
	}

	/** The database's time now, moved by the duration. */
	private static Field<Instant> now(Duration shift) {
		return DSL.field("clock_timestamp() + make_interval(secs => {0})", DEVICE_COMMAND.CREATED_AT.getDataType(),
				DSL.val(shift.toMillis() / 1000.0));
	}

}
