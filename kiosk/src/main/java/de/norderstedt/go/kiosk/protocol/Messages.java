package de.norderstedt.go.kiosk.protocol;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON codec that both the agent and the portal use, so the two sides cannot
 * drift apart. Each message is one WebSocket text frame holding one JSON object with a
 * {@code "type"} field.
 */
public final class Messages {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// "compartment": null must not silently become compartment 0
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private Messages() {
	}

	/**
	 * Writes an agent message.
	 * @param message the message
	 * @return its JSON text
	 */
	public static String write(AgentMessage message) {
		return MAPPER.writerFor(AgentMessage.class).writeValueAsString(message);
	}

	/**
	 * Writes a portal message.
	 * @param message the message
	 * @return its JSON text
	 */
	public static String write(PortalMessage message) {
		return MAPPER.writerFor(PortalMessage.class).writeValueAsString(message);
	}

	/**
	 * Reads an agent message.
	 * @param json the JSON text
	 * @return the message
	 * @throws IllegalArgumentException on an unknown type or invalid input
	 */
	public static AgentMessage readAgent(String json) {
		return read(json, AgentMessage.class);
	}

	/**
	 * Reads a portal message.
	 * @param json the JSON text
	 * @return the message
	 * @throws IllegalArgumentException on an unknown type or invalid input
	 */
	public static PortalMessage readPortal(String json) {
		return read(json, PortalMessage.class);
	}

	private static <T> T read(String json, Class<T> type) {
		try {
			T message = MAPPER.readValue(json, type);
			if (message == null) {
				throw new IllegalArgumentException("Not a message: " + abbreviate(json));
			}
			return message;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage(),
					ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

}
