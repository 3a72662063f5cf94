package de.norderstedt.go.kiosk.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A message from the portal to the locker agent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = PortalMessage.OpenCompartment.class, name = "OpenCompartment"),
		@JsonSubTypes.Type(value = PortalMessage.Ack.class, name = "Ack"),
		@JsonSubTypes.Type(value = PortalMessage.Revoke.class, name = "Revoke") })
public sealed interface PortalMessage {

	/**
	 * Pulse the relay of {@code compartment} for a signed access code. The agent checks
	 * the code itself (signature, station, compartment, time window, not used, not
	 * revoked) before the relay moves, and answers {@link AgentMessage.Pulsed} or
	 * {@link AgentMessage.OpenRefused}.
	 *
	 * @param commandId the command's id, echoed in the answer
	 * @param compartment the compartment number
	 * @param code the signed access code (the QR code's text, also for a typed number);
	 * without one nothing opens
	 */
	record OpenCompartment(String commandId, int compartment, @Nullable String code) implements PortalMessage {

		/** Rejects missing fields. */
		public OpenCompartment {
			Objects.requireNonNull(commandId, "commandId");
		}

	}

	/**
	 * The portal has recorded the event with this id: the agent can drop it from its
	 * journal.
	 *
	 * @param eventId the event's id
	 */
	record Ack(String eventId) implements PortalMessage {

		/** Rejects missing fields. */
		public Ack {
			Objects.requireNonNull(eventId, "eventId");
		}

	}

	/**
	 * Codes of cancelled reservations: the agent refuses them from now on, also offline.
	 * Sent when a reservation is cancelled and, for all the station's revoked codes that
	 * are still within their window, after every {@link AgentMessage.Hello}.
	 *
	 * @param codes the revoked codes
	 */
	record Revoke(List<RevokedCode> codes) implements PortalMessage {

		/** Rejects missing fields and keeps the list unmodifiable. */
		public Revoke {
			codes = List.copyOf(codes);
		}

	}

	/**
	 * A revoked code.
	 *
	 * @param codeId the code's id
	 * @param until the end of the code's window: after it the agent may forget the code
	 */
	record RevokedCode(long codeId, Instant until) {

		/** Rejects missing fields. */
		public RevokedCode {
			Objects.requireNonNull(until, "until");
		}

	}

}
