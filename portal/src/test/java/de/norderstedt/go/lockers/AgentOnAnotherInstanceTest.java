package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.LOCKER_ACCESS_CODE;
import static de.norderstedt.go.db.Tables.DEVICE_COMMAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.norderstedt.go.Application;
import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.CommandState;
import de.norderstedt.go.devices.DeviceCommands;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.kiosk.agent.AgentConfig;
import de.norderstedt.go.kiosk.agent.CompartmentWiring;
import de.norderstedt.go.kiosk.agent.LockerAgent;
import de.norderstedt.go.kiosk.agent.Pi4jHardware;
import de.norderstedt.go.signals.InstanceProperties;
import de.norderstedt.go.signals.Signals;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal instances on one database: the station's agent is connected to the second,
 * the terminal is served by the first. The first finds the agent reachable in the
 * database, its command is claimed and sent by the second, and the relay pulses once; a
 * command that expired before the agent's instance claimed it is never sent. A
 * reservation cancelled on the first reaches the agent as a revoked code through the
 * signal bus, without waiting for a heartbeat.
 */
@RunningPortalTest
class AgentOnAnotherInstanceTest {

	@Autowired
	TestDevices devices;

	@Autowired
	TestLockers lockers;

	@Autowired
	StationRepository stations;

	@Autowired
	DeviceService deviceService;

	@Autowired
	DeviceCommands commands;

	@Autowired
	AgentGateway gateway;

	@Autowired
	LockerTerminal terminal;

	@Autowired
	AccessCodeKeys keys;

	@Autowired
	Signals signals;

	@Autowired
	DataSource dataSource;

	@Autowired
	DSLContext dsl;

	@Test
	void a_terminal_on_one_instance_opens_the_compartment_once_through_an_agent_connected_to_the_other(
			@TempDir Path agentState) throws Exception {
		TestDevices.Terminal device = this.devices.enrolledLockerTerminal("Terminal Zweite Instanz");
		// a station with a real (not simulated) agent: this test runs it
		long stationId = this.stations.insert(new NewStation("Zweite-Instanz-Park", "Testpark", LocalTime.MIDNIGHT,
				LocalTime.of(23, 59), device.id(), false));
		for (int n = 1; n <= 2; n++) {
			long id = this.stations.insertCompartment(stationId,
					new NewCompartment(n, 70, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			this.stations.insertItem(new NewItem(id, ItemType.ROLLATOR, "Rollator " + n, ItemCondition.OK, null));
		}
		Reservation helga = this.lockers.reserveNow("second-instance-helga", stationId, ItemType.ROLLATOR);
		Reservation aylin = this.lockers.reserveNow("second-instance-aylin", stationId, ItemType.ROLLATOR);
		String helgasCode = this.lockers.pass("second-instance-helga", helga.id()).qrText();
		String aylinsCode = this.lockers.pass("second-instance-aylin", aylin.id()).qrText();
		String credential = this.deviceService.agentCredentialForInProcessAgent(device.id());

		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class).run(
				"--spring.datasource.url=" + pool.getJdbcUrl(), "--spring.datasource.username=" + pool.getUsername(),
				"--spring.datasource.password=" + pool.getPassword(), "--server.port=0", "--go.lockers.reminders=false",
				"--go.public-url=http://localhost", "--go.lockers.simulated-stations=false",
				"--go.notifications.delivery.scheduled=false")) {
			int port = Objects.requireNonNull(second.getEnvironment().getProperty("local.server.port", Integer.class));
			AgentConfig config = new AgentConfig(URI.create("http://127.0.0.1:" + port + "/"), credential, stationId,
					this.keys.publicKeys(),
					List.of(new CompartmentWiring(1, 2, 3, true), new CompartmentWiring(2, 4, 5, true)),
					// heartbeats 45 s apart: a revoked code that arrives sooner came by
					// signal
					Duration.ofMillis(200), Duration.ofSeconds(45), Duration.ofMillis(200), Duration.ofSeconds(1),
					agentState, true);
			List<Integer> pulses = new CopyOnWriteArrayList<>();
			try (Pi4jHardware board = Pi4jHardware.mock(config.compartments(), config.pulse());
					LockerAgent agent = new LockerAgent(config, board, Clock.systemUTC())) {
				board.onPulse((number, at) -> pulses.add(number));
				agent.start();
				await().atMost(Duration.ofSeconds(30)).until(() -> this.commands.isReachable(device.id()));
				// the first instance does not hold the connection: only the database
				// knows
				assertThat(this.gateway.isConnected(device.id())).isFalse();

				// a command whose time ran out before any instance took it
				UUID late = UUID.randomUUID();
				Instant now = Instant.now();
				this.dsl.insertInto(DEVICE_COMMAND)
					.set(DEVICE_COMMAND.ID, late)
					.set(DEVICE_COMMAND.DEVICE_ID, device.id())
					.set(DEVICE_COMMAND.COMPARTMENT, aylin.compartmentNumber())
					.set(DEVICE_COMMAND.CODE, aylinsCode)
					.set(DEVICE_COMMAND.CREATED_AT, now.minusSeconds(60))
					.set(DEVICE_COMMAND.EXPIRES_AT, now.minusSeconds(57))
					.execute();
				this.signals.send(Signals.DEVICE_COMMANDS, Long.toString(device.id()));

				TerminalOutcome outcome = this.terminal.present(device.id(), helgasCode);

				assertThat(outcome).isInstanceOfSatisfying(TerminalOutcome.Opened.class,
						opened -> assertThat(opened.compartment()).isEqualTo(helga.compartmentNumber()));
				await().atMost(Duration.ofSeconds(10)).until(() -> !pulses.isEmpty());
				assertThat(pulses).containsExactly(helga.compartmentNumber());
				assertThat(this.dsl.select(DEVICE_COMMAND.STATE, DEVICE_COMMAND.CLAIMED_BY)
					.from(DEVICE_COMMAND)
					.where(DEVICE_COMMAND.DEVICE_ID.eq(device.id()))
					.and(DEVICE_COMMAND.ID.ne(late))
					.fetch(r -> r.value1() + " " + r.value2()))
					.containsExactly(CommandState.DONE + " " + second.getBean(InstanceProperties.class).instanceId());
				// the second instance claimed the terminal's command after the late one
				// was written and signalled: it passed the late one over
				assertThat(this.dsl.select(DEVICE_COMMAND.STATE)
					.from(DEVICE_COMMAND)
					.where(DEVICE_COMMAND.ID.eq(late))
					.fetchSingle(DEVICE_COMMAND.STATE)).isEqualTo(CommandState.NEW);
				assertThat(this.lockers.reservation(helga.id()).status()).isEqualTo(ReservationStatus.PICKED_UP);
				assertThat(this.lockers.reservation(aylin.id()).status()).isEqualTo(ReservationStatus.RESERVED);

				// Aylin cancels on the first instance: the agent on the second learns of
				// her
				// revoked code through the signal bus, long before its next heartbeat
				this.lockers.cancel("second-instance-aylin", aylin.id());
				List<String> revoked = this.dsl.select(LOCKER_ACCESS_CODE.ID)
					.from(LOCKER_ACCESS_CODE)
					.where(LOCKER_ACCESS_CODE.RESERVATION_ID.eq(aylin.id()))
					.and(LOCKER_ACCESS_CODE.REVOKED_AT.isNotNull())
					.fetch(r -> "\"" + r.value1() + "\"");
				assertThat(revoked).isNotEmpty();
				Path state = agentState.resolve("state.json");
				await().atMost(Duration.ofSeconds(5))
					.until(() -> Files.exists(state) && revoked.stream().allMatch(Files.readString(state)::contains));
			}
		}
	}

}
