package de.norderstedt.go.devices;

import static de.norderstedt.go.db.Tables.AGENT_CONNECTION;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Which locker agent is connected to which portal instance ({@code agent_connection}), in
 * the database's time.
 */
@Repository
class AgentConnectionRepository {

	private final DSLContext dsl;

	AgentConnectionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The agent connected to this instance: the row is this instance's now. */
	void connected(long deviceId, String instance) {
		this.dsl.insertInto(AGENT_CONNECTION)
			.set(AGENT_CONNECTION.DEVICE_ID, deviceId)
			.set(AGENT_CONNECTION.INSTANCE_ID, instance)
			.set(AGENT_CONNECTION.CONNECTED_AT, now())
			.set(AGENT_CONNECTION.HEARTBEAT_AT, now())
			.onConflict(AGENT_CONNECTION.DEVICE_ID)
			.doUpdate()
			.set(AGENT_CONNECTION.INSTANCE_ID, instance)
			.set(AGENT_CONNECTION.CONNECTED_AT, now())
			.set(AGENT_CONNECTION.HEARTBEAT_AT, now())
			.execute();
	}

	/**
	 * The agent's connection to this instance ended; a row another instance took over
	 * stays.
	 * @return whether this instance's row was deleted
	 */
	boolean disconnected(long deviceId, String instance) {
		return this.dsl.deleteFrom(AGENT_CONNECTION)
			.where(AGENT_CONNECTION.DEVICE_ID.eq(deviceId))
			.and(AGENT_CONNECTION.INSTANCE_ID.eq(instance))
			.execute() == 1;
	}

	/** This instance stops: none of its connections lasts. */
	int disconnectedAll(String instance) {
		return this.dsl.deleteFrom(AGENT_CONNECTION).where(AGENT_CONNECTION.INSTANCE_ID.eq(instance)).execute();
	}

	/**
	 * The connections are still open: their rows stay fresh. A row another instance took
	 * over is left alone; a missing one (deleted as stale) is written again.
	 */
	void stillConnected(Collection<Long> deviceIds, String instance, Duration silence) {
		for (long deviceId : deviceIds) {
			this.dsl.insertInto(AGENT_CONNECTION)
				.set(AGENT_CONNECTION.DEVICE_ID, deviceId)
				.set(AGENT_CONNECTION.INSTANCE_ID, instance)
				.set(AGENT_CONNECTION.CONNECTED_AT, now())
				.set(AGENT_CONNECTION.HEARTBEAT_AT, now())
				.onConflict(AGENT_CONNECTION.DEVICE_ID)
				.doUpdate()
				.set(AGENT_CONNECTION.INSTANCE_ID, instance)
				.set(AGENT_CONNECTION.HEARTBEAT_AT, now())
				.where(AGENT_CONNECTION.INSTANCE_ID.eq(instance)
					.or(AGENT_CONNECTION.HEARTBEAT_AT.lt(now(silence.negated()))))
				.execute();
		}
	}

	/** Whether the device's agent is connected to some instance whose row is fresh. */
	boolean isConnected(long deviceId, Duration silence) {
		return this.dsl.fetchExists(AGENT_CONNECTION,
				AGENT_CONNECTION.DEVICE_ID.eq(deviceId).and(AGENT_CONNECTION.HEARTBEAT_AT.gt(now(silence.negated()))));
	}

	/** Deletes rows not refreshed for longer than the period (their instances died). */
	int deleteStale(Duration period) {
		return this.dsl.deleteFrom(AGENT_CONNECTION)
			.where(AGENT_CONNECTION.HEARTBEAT_AT.lt(now(period.negated())))
			.execute();
	}

	/** The database's time now (not the transaction's start). */
	private static Field<Instant> now() {
		return DSL.field("clock_timestamp()", AGENT_CONNECTION.HEARTBEAT_AT.getDataType());
	}

	/** The database's time now, moved by the duration. */
	private static Field<Instant> now(Duration shift) {
		return DSL.field("clock_timestamp() + make_interval(secs => {0})", AGENT_CONNECTION.HEARTBEAT_AT.getDataType(),
				DSL.val(shift.toMillis() / 1000.0));
	}

}
