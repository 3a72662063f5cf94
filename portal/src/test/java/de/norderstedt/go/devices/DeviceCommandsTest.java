package de.norderstedt.go.devices;

import static de.norderstedt.go.db.Tables.AGENT_CONNECTION;
import static de.norderstedt.go.db.Tables.DEVICE_COMMAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Device commands and agent connections on the real database: a record of a connection
 * counts only while its instance confirms it, a command is claimed once and never after
 * its expiry, one nobody takes ends unsent, and finished commands go after the retention.
 */
@RunningPortalTest
class DeviceCommandsTest {

	@Autowired
	TestDevices devices;

	@Autowired
	DeviceCommands commands;

	@Autowired
	DeviceCommandRepository repository;

	@Autowired
	AgentConnectionRepository connections;

	@Autowired
	DeviceCommandCleanup cleanup;

	@Autowired
	DSLContext dsl;

	@Test
	void a_connection_record_counts_while_its_instance_confirms_it_and_a_stale_one_can_be_taken_over() {
		long device = this.devices.enrolledLockerTerminal("Terminal Verbindung").id();
		assertThat(this.commands.isReachable(device)).isFalse();

		this.connections.connected(device, "instance-a");
		assertThat(this.commands.isReachable(device)).isTrue();

		heartbeat(device, Instant.now().minus(AgentStatus.SILENCE).minusSeconds(1));
		assertThat(this.commands.isReachable(device)).isFalse();

		// another instance confirming its own connections leaves a fresh record of
		// another
		// instance alone, and takes over a stale one
		this.connections.stillConnected(List.of(device), "instance-b", AgentStatus.SILENCE);
		assertThat(instanceOf(device)).isEqualTo("instance-b");
		assertThat(this.commands.isReachable(device)).isTrue();
		this.connections.stillConnected(List.of(device), "instance-c", AgentStatus.SILENCE);
		assertThat(instanceOf(device)).isEqualTo("instance-b");

		// the end of a connection on one instance does not end the record of another
		assertThat(this.connections.disconnected(device, "instance-a")).isFalse();
		assertThat(this.connections.disconnected(device, "instance-b")).isTrue();
		assertThat(this.commands.isReachable(device)).isFalse();
	}

	@Test
	void a_command_is_claimed_once_by_the_agents_instance_and_one_that_expired_never() {
		long device = this.devices.enrolledLockerTerminal("Terminal Anspruch").id();
		UUID waiting = UUID.randomUUID();
		UUID expired = UUID.randomUUID();
		this.repository.insert(waiting, device, 1, "GO2:AAAA", Duration.ofMinutes(1));
		insertExpired(expired, device);

		this.connections.connected(device, "instance-a");

		// only the instance holding the agent's connection claims, and only once
		assertThat(this.repository.claim(device, "instance-b")).isEmpty();
		assertThat(this.repository.claim(device, "instance-a")).extracting(DeviceCommandRepository.Claimed::id)
			.containsExactly(waiting);
		assertThat(this.repository.claim(device, "instance-a")).isEmpty();
		assertThat(this.repository.markSent(waiting, "instance-b")).isFalse();
		assertThat(this.repository.markSent(waiting, "instance-a")).isTrue();
		assertThat(state(expired)).isEqualTo(CommandState.NEW);
	}

	@Test
	void a_command_nobody_takes_in_time_ends_unsent() {
		long device = this.devices.enrolledLockerTerminal("Terminal Niemand").id();

		DeviceCommands.Outcome outcome = this.commands.open(device, 1, "GO2:AAAA", Duration.ofMillis(300));

		assertThat(outcome).isEqualTo(new DeviceCommands.Outcome.NoAnswer());
		assertThat(this.dsl.select(DEVICE_COMMAND.STATE)
			.from(DEVICE_COMMAND)
			.where(DEVICE_COMMAND.DEVICE_ID.eq(device))
			.fetch(DEVICE_COMMAND.STATE)).containsExactly(CommandState.EXPIRED);
	}

	@Test
	void finished_commands_are_deleted_after_the_retention_and_waiting_ones_stay() {
		long device = this.devices.enrolledLockerTerminal("Terminal Aufräumen").id();
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		UUID waiting = UUID.randomUUID();
		this.repository.insert(old, device, 1, "GO2:AAAA", Duration.ofMinutes(1));
		this.repository.insert(recent, device, 1, "GO2:AAAA", Duration.ofMinutes(1));
		this.repository.insert(waiting, device, 1, "GO2:AAAA", Duration.ofMinutes(1));
		this.repository.expireUnsent(old);
		this.repository.expireUnsent(recent);
		this.dsl.update(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.FINISHED_AT, Instant.now().minus(Duration.ofMinutes(11)))
			.where(DEVICE_COMMAND.ID.eq(old))
			.execute();

		this.cleanup.apply();

		assertThat(this.dsl.select(DEVICE_COMMAND.ID)
			.from(DEVICE_COMMAND)
			.where(DEVICE_COMMAND.DEVICE_ID.eq(device))
			.fetch(DEVICE_COMMAND.ID)).containsExactlyInAnyOrder(recent, waiting);
	}

	private void heartbeat(long device, Instant at) {
		this.dsl.update(AGENT_CONNECTION)
			.set(AGENT_CONNECTION.HEARTBEAT_AT, at)
			.where(AGENT_CONNECTION.DEVICE_ID.eq(device))
			.execute();
	}

	private String instanceOf(long device) {
		return Objects.requireNonNull(this.dsl.select(AGENT_CONNECTION.INSTANCE_ID)
			.from(AGENT_CONNECTION)
			.where(AGENT_CONNECTION.DEVICE_ID.eq(device))
			.fetchSingle(AGENT_CONNECTION.INSTANCE_ID));
	}

	private CommandState state(UUID id) {
		return Objects.requireNonNull(this.dsl.select(DEVICE_COMMAND.STATE)
			.from(DEVICE_COMMAND)
			.where(DEVICE_COMMAND.ID.eq(id))
			.fetchSingle(DEVICE_COMMAND.STATE));
	}

	private void insertExpired(UUID id, long device) {
		Instant now = Instant.now();
		this.dsl.insertInto(DEVICE_COMMAND)
			.set(DEVICE_COMMAND.ID, id)
			.set(DEVICE_COMMAND.DEVICE_ID, device)
			.set(DEVICE_COMMAND.COMPARTMENT, 2)
			.set(DEVICE_COMMAND.CODE, "GO2:BBBB")
			.set(DEVICE_COMMAND.CREATED_AT, now.minusSeconds(60))
			.set(DEVICE_COMMAND.EXPIRES_AT, now.minusSeconds(30))
			.execute();
	}

}
