package de.norderstedt.go.kiosk.agent;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import de.norderstedt.go.kiosk.agent.LockerAgent.ScanOutcome;
import de.norderstedt.go.kiosk.agent.LockerAgent.ScanResult;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.SigningKey;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.kiosk.codes.CodeKeys;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.PortalMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The agent trusts signed codes, not its connection: a "portal" that speaks the protocol
 * but sends whatever it likes opens nothing without a valid, unused, unrevoked code of
 * this station and compartment.
 */
class HostilePortalTest {

	private static final long STATION = 11;

	private static final KeyPair KEYS = AccessCodes.newKeyPair();

	private static final KeyPair FORGER = AccessCodes.newKeyPair();

	private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final List<AutoCloseable> toClose = new ArrayList<>();

	private final CountingHardware hardware = new CountingHardware(Set.of(1, 2));

	@TempDir
	Path stateDir;

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable closeable : this.toClose.reversed()) {
			closeable.close();
		}
	}

	@Test
	void forgedReplayedRevokedOrMissingCodesMoveNoRelayAndAValidCodePulsesOnce() {
		TestPortal portal = new TestPortal(0);
		this.toClose.add(portal);
		LockerAgent agent = agent(portal.port());
		agent.start();
		Await.until(agent::isConnected);

		String valid = code(KEYS, STATION, 1, NOW.minusSeconds(60), NOW.plusSeconds(3600));
		String revoked = code(KEYS, STATION, 2, NOW.minusSeconds(60), NOW.plusSeconds(3600));
		String anotherStation = code(KEYS, STATION + 1, 1, NOW.minusSeconds(60), NOW.plusSeconds(3600));
		String expired = code(KEYS, STATION, 1, NOW.minusSeconds(3600), NOW.minusSeconds(1));

		command(portal, "no-code", 1, null);
		command(portal, "blank-code", 1, " ");
		command(portal, "forged", 1, code(FORGER, STATION, 1, NOW.minusSeconds(60), NOW.plusSeconds(3600)));
		command(portal, "altered", 1, altered(valid));
		command(portal, "other-compartment", 2, valid);
		command(portal, "other-station", 1, anotherStation);
		command(portal, "expired", 1, expired);
		portal
			.send(new PortalMessage.Revoke(List.of(new PortalMessage.RevokedCode(id(revoked), NOW.plusSeconds(3600)))));
		command(portal, "revoked", 2, revoked);
		command(portal, "valid", 1, valid);
		command(portal, "replayed", 1, valid);

		Await.until(() -> portal.received(AgentMessage.OpenRefused.class).size() == 9);
		assertThat(portal.received(AgentMessage.OpenRefused.class))
			.extracting(AgentMessage.OpenRefused::commandId, AgentMessage.OpenRefused::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("no-code", "NO_CODE"),
					org.assertj.core.groups.Tuple.tuple("blank-code", "NO_CODE"),
					org.assertj.core.groups.Tuple.tuple("forged", "BAD_SIGNATURE"),
					org.assertj.core.groups.Tuple.tuple("altered", "BAD_SIGNATURE"),
					org.assertj.core.groups.Tuple.tuple("other-compartment", "WRONG_COMPARTMENT"),
					org.assertj.core.groups.Tuple.tuple("other-station", "WRONG_STATION"),
					org.assertj.core.groups.Tuple.tuple("expired", "EXPIRED"),
					org.assertj.core.groups.Tuple.tuple("revoked", "REVOKED"),
					org.assertj.core.groups.Tuple.tuple("replayed", "ALREADY_USED"));
		assertThat(portal.received(AgentMessage.Pulsed.class)).singleElement()
			.satisfies((pulsed) -> assertThat(pulsed.commandId()).isEqualTo("valid"));
		assertThat(this.hardware.pulses).containsExactly(1);

		// a restarted agent still knows the used and the revoked code
		agent.close();
		LockerAgent restarted = agent(portal.port());
		restarted.start();
		Await.until(restarted::isConnected);
		command(portal, "replayed-after-restart", 1, valid);
		command(portal, "revoked-after-restart", 2, revoked);
		Await.until(() -> portal.received(AgentMessage.OpenRefused.class).size() == 11);
		assertThat(portal.received(AgentMessage.OpenRefused.class).subList(9, 11))
			.extracting(AgentMessage.OpenRefused::reason)
			.containsExactly("ALREADY_USED", "REVOKED");
		assertThat(this.hardware.pulses).containsExactly(1);
	}

	@Test
	void aRevokedCodeIsRefusedOfflineOnceTheAgentKnowsIt() {
		TestPortal portal = new TestPortal(0);
		this.toClose.add(portal);
		LockerAgent agent = agent(portal.port());
		agent.start();
		Await.until(agent::isConnected);
		String revoked = code(KEYS, STATION, 2, NOW.minusSeconds(60), NOW.plusSeconds(3600));
		portal
			.send(new PortalMessage.Revoke(List.of(new PortalMessage.RevokedCode(id(revoked), NOW.plusSeconds(3600)))));
		// frames are handled in order: once this command is answered, the revocation is
		// through
		command(portal, "probe", 1, null);
		Await.until(() -> !portal.received(AgentMessage.OpenRefused.class).isEmpty());

		portal.close();
		this.toClose.remove(portal);
		Await.until(() -> !agent.isConnected());

		assertThat(agent.scan(revoked)).isEqualTo(new ScanResult(ScanOutcome.REFUSED, "REVOKED"));
		String other = code(KEYS, STATION, 2, NOW.minusSeconds(60), NOW.plusSeconds(3600));
		assertThat(agent.scan(other)).isEqualTo(new ScanResult(ScanOutcome.OPENED, null));
		assertThat(this.hardware.pulses).containsExactly(2);
	}

	@Test
	void theAgentRefusesAnUnencryptedPortalAddressExceptOnThisMachine() {
		for (String address : List.of("http://portal.example.org", "ws://portal.example.org/go/",
				"http://192.168.1.10:8080", "ftp://portal.example.org", "http://127.0.0.1.example.org")) {
			assertThatIllegalArgumentException().isThrownBy(() -> config(URI.create(address)))
				.withMessageContaining("https:// or wss://");
		}
		for (String address : List.of("https://portal.example.org", "wss://portal.example.org/go/",
				"http://127.0.0.1:8080", "ws://localhost:8080", "http://[::1]:8080/", "http://127.1.2.3")) {
			assertThat(config(URI.create(address)).portal()).isEqualTo(URI.create(address));
		}
	}

	private static void command(TestPortal portal, String commandId, int compartment, @Nullable String code) {
		portal.send(new PortalMessage.OpenCompartment(commandId, compartment, code));
	}

	private LockerAgent agent(int port) {
		LockerAgent agent = new LockerAgent(config(URI.create("http://127.0.0.1:" + port)), this.hardware, this.clock);
		this.toClose.add(agent);
		return agent;
	}

	private AgentConfig config(URI portal) {
		return new AgentConfig(portal, "device-secret", STATION, CodeKeys.single(KEYS.getPublic()),
				List.of(new CompartmentWiring(1, 17, 27, true), new CompartmentWiring(2, 22, 23, true)),
				Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(200),
				this.stateDir, true);
	}

	private static String code(KeyPair keys, long station, int compartment, Instant from, Instant until) {
		long id = ThreadLocalRandom.current().nextLong();
		// a forger names the station's key id: only the signature can give the code away
		return AccessCodes.sign(new AccessCode(id, station, compartment, CodeAction.PICKUP, from, until),
				new SigningKey(AccessCodes.keyId(KEYS.getPublic()), keys.getPrivate()));
	}

	private static long id(String code) {
		return ((AccessCodes.Verification.Valid) AccessCodes.verify(code, CodeKeys.single(KEYS.getPublic()))).code()
			.id();
	}

	/** The same code for another compartment, with the original signature. */
	private static String altered(String code) {
		char compartment = code.charAt(25);
		return code.substring(0, 25) + ((compartment == 'A') ? 'B' : 'A') + code.substring(26);
	}

}
