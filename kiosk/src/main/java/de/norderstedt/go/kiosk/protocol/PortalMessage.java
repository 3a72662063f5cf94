package de.norderstedt.go.kiosk.protocol;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A message from the portal to the locker agent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = PortalMessage.OpenCompartment.class, name = "OpenCompartment"),
		@JsonSubTypes.Type(value = PortalMessage.Ack.class, name = "Ack") })
public sealed interface PortalMessage {

	/**
	 * Pulse the relay of {@code compartment}.
	 *
	 * @param commandId the command's id, echoed in {@link AgentMessage.Pulsed}
	 * @param compartment the compartment number
	 * @param codeId the code that was used, if any, so the agent refuses it when offline
	 * later
	 */
	record OpenCompartment(String commandId, int compartment, @Nullable Long codeId) implements PortalMessage {

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

}
