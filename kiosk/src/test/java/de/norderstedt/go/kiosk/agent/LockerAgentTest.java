package de.norderstedt.go.kiosk.agent;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import de.norderstedt.go.kiosk.agent.LockerAgent.ScanOutcome;
import de.norderstedt.go.kiosk.agent.LockerAgent.ScanResult;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeKeys;
import de.norderstedt.go.kiosk.codes.SigningKey;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.PortalMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LockerAgentTest {

	private static final long STATION = 7;

	private static final KeyPair KEYS = AccessCodes.newKeyPair();

	private static final SigningKey SIGNING = new SigningKey(AccessCodes.keyId(KEYS.getPublic()), KEYS.getPrivate());

	private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final List<AutoCloseable> toClose = new ArrayList<>();

	private final List<Integer> pulses = new CopyOnWriteArrayList<>();

	@TempDir
	Path stateDir;

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable closeable : this.toClose.reversed()) {
			closeable.close();
		}
	}

	@Test
	void theAgentSaysHelloWithTheDoorsSendsHeartbeatsAndPulsesTheCommandedRelay() throws IOException {
		TestPortal portal = portal(0);
		Pi4jHardware hardware = hardware();
		hardware.simulateDoor(2, true);
		LockerAgent agent = agent(portal.port(), hardware);
		agent.start();

		Await.until(() -> !portal.received(AgentMessage.Hello.class).isEmpty());
		assertThat(portal.received.getFirst())
			.isEqualTo(new AgentMessage.Hello(LockerAgent.VERSION, STATION, Map.of(1, false, 2, true, 3, false)));
		assertThat(portal.authorizations).contains("Bearer device-secret");
		Await.until(agent::isConnected);
		Await.until(() -> portal.received(AgentMessage.Heartbeat.class).size() >= 2);

		portal.sendRaw("{\"type\":\"SelfDestruct\"}");
		portal.sendRaw("not even json");
		portal.send(new PortalMessage.OpenCompartment("command-1", 3,
				code(3, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION)));

		Await.until(() -> !portal.received(AgentMessage.Pulsed.class).isEmpty());
		assertThat(portal.received(AgentMessage.Pulsed.class)).singleElement().satisfies((pulsed) -> {
			assertThat(pulsed.commandId()).isEqualTo("command-1");
			assertThat(pulsed.compartment()).isEqualTo(3);
		});
		assertThat(this.pulses).containsExactly(3);
		Await.until(() -> portal.received(AgentMessage.DoorChanged.class)
			.stream()
			.anyMatch((door) -> door.compartment() == 3 && door.open()));
		assertThat(agent.scanned(code(1, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION)))
			.isEqualTo(ScanOutcome.NOT_HANDLED);
	}

	@Test
	void doorChangesAreSentAgainAfterEveryReconnectUntilAcknowledged() throws IOException {
		TestPortal portal = portal(0);
		Pi4jHardware hardware = hardware();
		LockerAgent agent = agent(portal.port(), hardware);
		agent.start();
		Await.until(agent::isConnected);

		hardware.simulateDoor(1, true);
		// at-least-once: an event that happens while the journal is being resent may
		// arrive twice
		Await.until(() -> !portal.received(AgentMessage.DoorChanged.class).isEmpty());
		String eventId = portal.received(AgentMessage.DoorChanged.class).getFirst().eventId();
		long beforeDrop = occurrences(portal, eventId);

		portal.dropAll();
		Await.until(() -> portal.received(AgentMessage.Hello.class).size() == 2);
		Await.until(() -> occurrences(portal, eventId) > beforeDrop);
		Await.until(agent::isConnected);

		portal.send(new PortalMessage.Ack(eventId));
		// the agent handles frames in order: once the next command is answered, the ack
		// is through
		portal.send(new PortalMessage.OpenCompartment("after-ack", 2,
				code(2, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION)));
		Await.until(() -> !portal.received(AgentMessage.Pulsed.class).isEmpty());
		long acknowledged = occurrences(portal, eventId);

		portal.dropAll();
		Await.until(() -> portal.received(AgentMessage.Hello.class).size() == 3);
		Await.until(agent::isConnected);
		hardware.simulateDoor(1, false);
		Await.until(() -> portal.received(AgentMessage.DoorChanged.class)
			.stream()
			.anyMatch((door) -> door.compartment() == 1 && !door.open()));
		assertThat(occurrences(portal, eventId)).isEqualTo(acknowledged);
	}

	@Test
	void offlineTheAgentChecksCodesItselfAndReportsOnceThePortalIsBack() {
		int port = freePort();
		Pi4jHardware hardware = hardware();
		LockerAgent agent = agent(port, hardware);
		agent.start();

		String valid = code(2, NOW.minus(1, ChronoUnit.HOURS), NOW.plus(1, ChronoUnit.HOURS), STATION);
		assertThat(agent.scan(valid)).isEqualTo(new ScanResult(ScanOutcome.OPENED, null));
		assertThat(this.pulses).containsExactly(2);
		assertThat(agent.scan(valid)).isEqualTo(new ScanResult(ScanOutcome.REFUSED, "ALREADY_USED"));
		assertThat(agent.scan(code(2, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION + 1)))
			.isEqualTo(new ScanResult(ScanOutcome.REFUSED, "WRONG_STATION"));
		assertThat(agent.scan(code(2, NOW.minusSeconds(120), NOW.minusSeconds(1), STATION)))
			.isEqualTo(new ScanResult(ScanOutcome.REFUSED, "EXPIRED"));
		assertThat(agent.scan(code(2, NOW.plusSeconds(60), NOW.plusSeconds(120), STATION)))
			.isEqualTo(new ScanResult(ScanOutcome.REFUSED, "NOT_YET_VALID"));
		assertThat(agent.scan(code(9, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION)))
			.isEqualTo(new ScanResult(ScanOutcome.REFUSED, "UNKNOWN_COMPARTMENT"));
		String fresh = code(1, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION);
		char last = fresh.charAt(100);
		String changed = fresh.substring(0, 100) + ((last == 'A') ? 'B' : 'A') + fresh.substring(101);
		assertThat(agent.scanned(changed)).isEqualTo(ScanOutcome.REFUSED);
		assertThat(agent.scan("hello")).isEqualTo(new ScanResult(ScanOutcome.REFUSED, "MALFORMED"));
		assertThat(this.pulses).containsExactly(2);
		assertThat(agent.isConnected()).isFalse();

		TestPortal portal = portal(port);
		Await.until(() -> portal.received(AgentMessage.OfflineRefused.class).size() == 7);
		assertThat(portal.received(AgentMessage.OfflineOpened.class)).singleElement().satisfies((opened) -> {
			assertThat(opened.compartment()).isEqualTo(2);
			assertThat(opened.code()).isEqualTo(valid);
			assertThat(opened.at()).isEqualTo(NOW);
		});
		assertThat(portal.received(AgentMessage.OfflineRefused.class)).extracting(AgentMessage.OfflineRefused::reason)
			.containsExactly("ALREADY_USED", "WRONG_STATION", "EXPIRED", "NOT_YET_VALID", "UNKNOWN_COMPARTMENT",
					"BAD_SIGNATURE", "MALFORMED");
		Await.until(agent::isConnected);
		assertThat(agent.scanned(fresh)).isEqualTo(ScanOutcome.NOT_HANDLED);
	}

	@Test
	void aCodeUsedOnlineIsRefusedOfflineLater() {
		TestPortal portal = portal(0);
		Pi4jHardware hardware = hardware();
		LockerAgent agent = agent(portal.port(), hardware);
		agent.start();
		Await.until(agent::isConnected);
		long codeId = 0x1234_5678_9ABC_DEF0L;
		String code = AccessCodes.sign(
				new AccessCode(codeId, STATION, 1, CodeAction.PICKUP, NOW.minusSeconds(60), NOW.plusSeconds(60)),
				SIGNING);
		portal.send(new PortalMessage.OpenCompartment("command-1", 1, code));
		Await.until(() -> !portal.received(AgentMessage.Pulsed.class).isEmpty());

		portal.close();
		this.toClose.remove(portal);
		Await.until(() -> !agent.isConnected());

		assertThat(agent.scan(code)).isEqualTo(new ScanResult(ScanOutcome.REFUSED, "ALREADY_USED"));
		assertThat(this.pulses).containsExactly(1);
	}

	@Test
	void theJournalAndTheUsedCodesSurviveARestart() {
		int port = freePort();
		Pi4jHardware hardware = hardware();
		LockerAgent first = agent(port, hardware);
		first.start();
		String valid = code(3, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION);
		assertThat(first.scanned(valid)).isEqualTo(ScanOutcome.OPENED);
		first.close();

		LockerAgent second = agent(port, hardware);
		second.start();
		assertThat(second.scan(valid)).isEqualTo(new ScanResult(ScanOutcome.REFUSED, "ALREADY_USED"));

		TestPortal portal = portal(port);
		portal.autoAck = true;
		Await.until(() -> portal.received(AgentMessage.OfflineOpened.class).size() == 1
				&& portal.received(AgentMessage.OfflineRefused.class).size() == 1);
		assertThat(portal.received(AgentMessage.OfflineOpened.class).getFirst().code()).isEqualTo(valid);
		Await.until(() -> new AgentStateProbe(this.stateDir, NOW).pending() == 0);
	}

	@Test
	void aPortalThatRefusesTheCredentialIsRetriedWithBackoffWithoutCrashing() {
		TestPortal portal = portal(0);
		portal.refuse = true;
		LockerAgent agent = agent(portal.port(), hardware());
		agent.start();
		Await.until(() -> portal.handshakes.get() >= 3);
		assertThat(agent.isConnected()).isFalse();
		assertThat(agent.scanned(code(1, NOW.minusSeconds(60), NOW.plusSeconds(60), STATION)))
			.isEqualTo(ScanOutcome.OPENED);

		portal.refuse = false;
		Await.until(agent::isConnected);
		Await.until(() -> portal.received(AgentMessage.OfflineOpened.class).size() == 1);
	}

	private static long occurrences(TestPortal portal, String eventId) {
		return portal.received(AgentMessage.DoorChanged.class)
			.stream()
			.filter((door) -> door.eventId().equals(eventId))
			.count();
	}

	private TestPortal portal(int port) {
		TestPortal portal = new TestPortal(port);
		this.toClose.add(portal);
		return portal;
	}

	private Pi4jHardware hardware() {
		Pi4jHardware hardware = Pi4jHardware.mock(List.of(new CompartmentWiring(1, 17, 27, true),
				new CompartmentWiring(2, 22, 23, true), new CompartmentWiring(3, 5, 6, false)), Duration.ofMillis(50));
		hardware.onPulse((compartment, at) -> this.pulses.add(compartment));
		this.toClose.add(hardware);
		return hardware;
	}

	private LockerAgent agent(int port, Pi4jHardware hardware) {
		LockerAgent agent = new LockerAgent(config(URI.create("http://127.0.0.1:" + port)), hardware, this.clock);
		this.toClose.add(agent);
		return agent;
	}

	private AgentConfig config(URI portal) {
		return new AgentConfig(portal, "device-secret", STATION, CodeKeys.single(KEYS.getPublic()),
				List.of(new CompartmentWiring(1, 17, 27, true), new CompartmentWiring(2, 22, 23, true),
						new CompartmentWiring(3, 5, 6, false)),
				Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(200),
				this.stateDir, true);
	}

	private static String code(int compartment, Instant from, Instant until, long station) {
		long id = java.util.concurrent.ThreadLocalRandom.current().nextLong();
		return AccessCodes.sign(new AccessCode(id, station, compartment, CodeAction.PICKUP, from, until), SIGNING);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads the state directory as a restarted agent would. */
	private record AgentStateProbe(Path dir, Instant now) {

		int pending() {
			return AgentState.load(this.dir, this.now).pending().size();
		}

	}

}
