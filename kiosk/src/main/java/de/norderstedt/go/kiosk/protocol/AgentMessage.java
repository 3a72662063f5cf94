package de.norderstedt.go.kiosk.protocol;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message from the locker agent to the portal. Messages with an {@code eventId} are
 * journaled by the agent and sent again after every reconnect until the portal answers
 * with {@link PortalMessage.Ack}; the portal records each event id once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AgentMessage.Hello.class, name = "Hello"),
		@JsonSubTypes.Type(value = AgentMessage.Heartbeat.class, name = "Heartbeat"),
		@JsonSubTypes.Type(value = AgentMessage.Pulsed.class, name = "Pulsed"),
		@JsonSubTypes.Type(value = AgentMessage.OpenRefused.class, name = "OpenRefused"),
		@JsonSubTypes.Type(value = AgentMessage.DoorChanged.class, name = "DoorChanged"),
		@JsonSubTypes.Type(value = AgentMessage.OfflineOpened.class, name = "OfflineOpened"),
		@JsonSubTypes.Type(value = AgentMessage.OfflineRefused.class, name = "OfflineRefused") })
public sealed interface AgentMessage {

	/**
	 * First message after connecting: the doors' current state.
	 *
	 * @param agentVersion the agent's version
	 * @param stationId the station the agent serves
	 * @param doorsOpen compartment number to whether its door is open
	 */
	record Hello(String agentVersion, long stationId, Map<Integer, Boolean> doorsOpen) implements AgentMessage {

		/** Rejects missing fields and keeps the map unmodifiable. */
		public Hello {
			Objects.requireNonNull(agentVersion, "agentVersion");
			doorsOpen = Map.copyOf(doorsOpen);
		}

	}

	/**
	 * Sent every heartbeat interval while connected.
	 *
	 * @param at the agent's time
	 */
	record Heartbeat(Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public Heartbeat {
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * The relay of {@code compartment} was pulsed for command {@code commandId}.
	 *
	 * @param commandId the command's id from {@link PortalMessage.OpenCompartment}
	 * @param compartment the compartment number
	 * @param at when the relay went on
	 */
	record Pulsed(String commandId, int compartment, Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public Pulsed {
			Objects.requireNonNull(commandId, "commandId");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * The agent refused command {@code commandId}: its code did not pass the agent's own
	 * check, and no relay moved.
	 *
	 * @param commandId the command's id from {@link PortalMessage.OpenCompartment}
	 * @param compartment the compartment the command named
	 * @param reason one of NO_CODE, MALFORMED, BAD_SIGNATURE, WRONG_STATION,
	 * WRONG_COMPARTMENT, NOT_YET_VALID, EXPIRED, REVOKED, ALREADY_USED,
	 * UNKNOWN_COMPARTMENT
	 * @param at when
	 */
	record OpenRefused(String commandId, int compartment, String reason, Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public OpenRefused {
			Objects.requireNonNull(commandId, "commandId");
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * A door sensor changed.
	 *
	 * @param eventId unique (a UUID string), so the portal can record each event once
	 * @param compartment the compartment number
	 * @param open whether the door is now open
	 * @param at when the agent noticed
	 */
	record DoorChanged(String eventId, int compartment, boolean open, Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public DoorChanged {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * While offline: a code from the agent's own scanner was valid and the door opened.
	 *
	 * @param eventId unique (a UUID string)
	 * @param codeId the code's id
	 * @param code the code's text as scanned
	 * @param compartment the compartment that was opened
	 * @param at when
	 */
	record OfflineOpened(String eventId, long codeId, String code, int compartment,
			Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public OfflineOpened {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * While offline: a code was refused.
	 *
	 * @param eventId unique (a UUID string)
	 * @param code the text as scanned
	 * @param reason one of MALFORMED, BAD_SIGNATURE, WRONG_STATION, NOT_YET_VALID,
	 * EXPIRED, REVOKED, ALREADY_USED, UNKNOWN_COMPARTMENT
	 * @param at when
	 */
	record OfflineRefused(String eventId, String code, String reason, Instant at) implements AgentMessage {

		/** Rejects missing fields. */
		public OfflineRefused {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(at, "at");
		}

	}

}
