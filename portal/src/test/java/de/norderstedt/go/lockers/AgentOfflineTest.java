package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import de.norderstedt.go.Application;
import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.kiosk.agent.AgentConfig;
import de.norderstedt.go.kiosk.agent.CompartmentWiring;
import de.norderstedt.go.kiosk.agent.LockerAgent;
import de.norderstedt.go.kiosk.agent.Pi4jHardware;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The agent on its own: with the portal stopped it still opens for a valid signed code
 * from its scanner, refuses the same code again, and when the portal is back (the same
 * database, the same address) the portal records both and the reservation moves on.
 */
class AgentOfflineTest {

	@Test
	void with_the_portal_stopped_the_agent_opens_once_for_a_valid_code_and_the_portal_records_both_scans_on_reconnect(
			@TempDir Path dataDir, @TempDir Path agentState) throws Exception {
		int port = freePort();
		AgentConfig config;
		String code;
		long stationId;
		long reservationId;
		int compartment;
		try (ConfigurableApplicationContext portal = start(dataDir, port)) {
			TestDevices.Terminal terminal = portal.getBean(TestDevices.class)
				.enrolledLockerTerminal("Terminal Offline");
			StationRepository stations = portal.getBean(StationRepository.class);
			// a station with a real (not simulated) agent: this test runs it
			stationId = stations.insert(new NewStation("Offline-Park", "Testpark", LocalTime.MIDNIGHT,
					LocalTime.of(23, 59), terminal.id(), false));
			for (int n = 1; n <= 2; n++) {
				long id = stations.insertCompartment(stationId,
						new NewCompartment(n, 70, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
				stations.insertItem(new NewItem(id, ItemType.ROLLATOR, "Rollator " + n, ItemCondition.OK, null));
			}
			TestLockers lockers = portal.getBean(TestLockers.class);
			Reservation reservation = lockers.reserveNow("offline-helga", stationId, ItemType.ROLLATOR);
			reservationId = reservation.id();
			compartment = reservation.compartmentNumber();
			code = lockers.pass("offline-helga", reservationId).qrText();
			String credential = portal.getBean(DeviceService.class).agentCredentialForInProcessAgent(terminal.id());
			config = new AgentConfig(URI.create("http://127.0.0.1:" + port + "/"), credential, stationId,
					portal.getBean(AccessCodeKeys.class).publicKeys(),
					List.of(new CompartmentWiring(1, 2, 3, true), new CompartmentWiring(2, 4, 5, true)),
					Duration.ofMillis(200), Duration.ofSeconds(20), Duration.ofMillis(200), Duration.ofSeconds(1),
					agentState, true);
		}
		List<Integer> pulses = new CopyOnWriteArrayList<>();
		try (Pi4jHardware board = Pi4jHardware.mock(config.compartments(), config.pulse());
				LockerAgent agent = new LockerAgent(config, board, Clock.systemUTC())) {
			board.onPulse((number, at) -> pulses.add(number));
			agent.start();
			// the portal is stopped: nothing answers at its address
			assertThat(agent.isConnected()).isFalse();

			assertThat(agent.scan(code).outcome()).isEqualTo(LockerAgent.ScanOutcome.OPENED);
			await().atMost(Duration.ofSeconds(5)).until(() -> pulses.size() == 1);
			assertThat(pulses).containsExactly(compartment);
			LockerAgent.ScanResult again = agent.scan(code);
			assertThat(again.outcome()).isEqualTo(LockerAgent.ScanOutcome.REFUSED);
			assertThat(again.reason()).isEqualTo("ALREADY_USED");
			assertThat(pulses).hasSize(1);

			try (ConfigurableApplicationContext portal = start(dataDir, port)) {
				AgentGateway gateway = portal.getBean(AgentGateway.class);
				StationRepository stations = portal.getBean(StationRepository.class);
				await().atMost(Duration.ofSeconds(30)).until(agent::isConnected);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> stations.events(stationId)
						.stream()
						.map(StationRepository.StationEvent::kind)
						.filter(kind -> kind.name().startsWith("OFFLINE"))
						.count() == 2);
				assertThat(stations.events(stationId)).filteredOn(e -> e.kind().name().startsWith("OFFLINE"))
					.extracting(StationRepository.StationEvent::kind, StationRepository.StationEvent::reason)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(StationEventKind.OFFLINE_OPENED, null),
							org.assertj.core.groups.Tuple.tuple(StationEventKind.OFFLINE_REFUSED, "ALREADY_USED"));
				Reservation picked = portal.getBean(ReservationRepository.class).find(reservationId).orElseThrow();
				assertThat(picked.status()).isEqualTo(ReservationStatus.PICKED_UP);
				assertThat(portal.getBean(AccessCodeRepository.class)
					.find(reservationId, de.norderstedt.go.kiosk.codes.CodeAction.PICKUP)
					.orElseThrow()
					.usedAt()).isNotNull();
				// the portal refuses the code too now
				long deviceId = java.util.Objects.requireNonNull(stations.findById(stationId).orElseThrow().deviceId());
				assertThat(gateway.isConnected(deviceId)).isTrue();
				assertThat(portal.getBean(LockerTerminal.class).present(deviceId, code))
					.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
				assertThat(pulses).hasSize(1);
			}
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, int port) {
		return new SpringApplicationBuilder(Application.class).run("--go.embedded-database.data-dir=" + dataDir,
				"--go.demo-data.enabled=false", "--server.port=" + port, "--go.lockers.reminders=false");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
