package de.norderstedt.go.kiosk.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessagesTest {

	private static final Instant AT = Instant.parse("2030-05-01T10:00:00.123Z");

	@Test
	void everyAgentMessageRoundTrips() {
		List<AgentMessage> messages = List.of(new AgentMessage.Hello("1.0", 4_000_000_000L, Map.of(1, true, 2, false)),
				new AgentMessage.Heartbeat(AT), new AgentMessage.Pulsed("cmd-1", 3, AT),
				new AgentMessage.OpenRefused("cmd-2", 3, "BAD_SIGNATURE", AT),
				new AgentMessage.DoorChanged("e1", 3, true, AT),
				new AgentMessage.OfflineOpened("e2", -42L, "GO1:ABC", 3, AT),
				new AgentMessage.OfflineRefused("e3", "junk", "MALFORMED", AT));
		for (AgentMessage message : messages) {
			String json = Messages.write(message);
			assertThat(json).contains("\"type\":\"" + message.getClass().getSimpleName() + "\"");
			assertThat(Messages.readAgent(json)).isEqualTo(message);
		}
	}

	@Test
	void everyPortalMessageRoundTrips() {
		List<PortalMessage> messages = List.of(new PortalMessage.OpenCompartment("cmd-1", 3, "GO1:ABC"),
				new PortalMessage.OpenCompartment("cmd-2", 4, null), new PortalMessage.Ack("e1"),
				new PortalMessage.Revoke(List.of(new PortalMessage.RevokedCode(-7L, AT),
						new PortalMessage.RevokedCode(8L, AT.plusSeconds(60)))));
		for (PortalMessage message : messages) {
			String json = Messages.write(message);
			assertThat(json).contains("\"type\":\"" + message.getClass().getSimpleName() + "\"");
			assertThat(Messages.readPortal(json)).isEqualTo(message);
		}
	}

	@Test
	void instantsAreWrittenAsIsoText() {
		assertThat(Messages.write(new AgentMessage.Heartbeat(AT))).contains("2030-05-01T10:00:00.123Z");
	}

	@Test
	void unknownTypesAndInvalidInputAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal("{\"type\":\"SelfDestruct\"}"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Messages.readAgent("{\"type\":\"Ack\",\"eventId\":\"e\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal("{\"eventId\":\"e\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal("not json"));
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal("null"));
		assertThatIllegalArgumentException().isThrownBy(() -> Messages.readPortal("{\"type\":\"Ack\"}"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Messages.readPortal("{\"type\":\"OpenCompartment\",\"commandId\":\"c\",\"compartment\":null}"));
	}

}
