package de.norderstedt.go.devices;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import de.norderstedt.go.kiosk.protocol.PortalMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Where locker agents dial in ({@code /geraete/verbindung}, WebSocket, the agent's device
 * credential as a bearer token). The portal sends them commands; they report doors,
 * heartbeats and what they did while the portal was out of reach. One connection per
 * device: a new one replaces the old. Which agent is connected to which instance is
 * recorded in the database ({@code agent_connection}), so that every instance knows
 * whether an agent is reachable; commands from other instances come through
 * {@link DeviceCommands}.
 * <p>
 * Reports with an event id are acknowledged only after every {@link AgentReported}
 * listener has stored them; the agent keeps them until then.
 */
@Component
public class AgentGateway extends TextWebSocketHandler {

	static final String PATH = "/geraete/verbindung";

	static final String DEVICE_ID = "deviceId";

	private static final Logger log = LoggerFactory.getLogger(AgentGateway.class);

	private final Map<Long, WebSocketSession> sessions = new ConcurrentHashMap<>();

	/** Set when the portal stops: the connections then close after the database. */
	private volatile boolean stopping;

	private final Map<String, CompletableFuture<Instant>> pending = new ConcurrentHashMap<>();

	private final DeviceService devices;

	private final ApplicationEventPublisher events;

	AgentGateway(DeviceService devices, ApplicationEventPublisher events) {
		this.devices = devices;
		this.events = events;
	}

	/** Whether the device's agent is connected to this instance. */
	public boolean isConnected(long deviceId) {
		WebSocketSession session = this.sessions.get(deviceId);
		return session != null && session.isOpen();
	}

	/**
	 * Tells the device's agent to pulse the compartment's relay for a signed access code;
	 * the agent checks the code itself before the relay moves. The future completes with
	 * the moment the relay went on, as the agent reports it; it fails with
	 * {@link AgentRefused} when the agent refuses the code, and at once when the agent is
	 * not connected (callers wait with a timeout of their choice).
	 * @param code the signed access code (the QR code's text)
	 */
	public CompletableFuture<Instant> open(long deviceId, int compartment, String code) {
		return open(deviceId, compartment, code, UUID.randomUUID().toString());
	}

	/** The same, for a command of {@link DeviceCommands} with its id. */
	CompletableFuture<Instant> open(long deviceId, int compartment, String code, String commandId) {
		WebSocketSession session = this.sessions.get(deviceId);
		if (session == null || !session.isOpen()) {
			return CompletableFuture.failedFuture(new IOException("agent of device " + deviceId + " not connected"));
		}
		CompletableFuture<Instant> pulsed = new CompletableFuture<>();
		this.pending.put(commandId, pulsed);
		pulsed.whenComplete((at, failure) -> this.pending.remove(commandId));
		try {
			send(session, new PortalMessage.OpenCompartment(commandId, compartment, code));
		}
		catch (IOException ex) {
			pulsed.completeExceptionally(ex);
		}
		return pulsed;
	}

	/** The devices whose agents are connected to this instance. */
	List<Long> connectedDevices() {
		return this.sessions.entrySet()
			.stream()
			.filter(entry -> entry.getValue().isOpen())
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * Tells the device's agent that these codes were revoked, so it refuses them from now
	 * on, also offline; nothing happens when the agent is not connected to this instance
	 * (it gets every revoked code again after its next {@code Hello}).
	 * @return whether the message went out
	 */
	public boolean revoke(long deviceId, List<PortalMessage.RevokedCode> codes) {
		WebSocketSession session = this.sessions.get(deviceId);
		if (codes.isEmpty() || session == null || !session.isOpen()) {
			return false;
		}
		try {
			send(session, new PortalMessage.Revoke(codes));
			return true;
		}
		catch (IOException ex) {
			log.warn("Could not send revoked codes to the agent of device {}: {}", deviceId, ex.toString());
			return false;
		}
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession raw) {
		long deviceId = deviceId(raw);
		// sends from request threads and the receiving thread must not interleave
		WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 5000, 256 * 1024);
		// recorded in the database first: whoever sees the connection here finds it there
		this.devices.agentConnected(deviceId, true);
		WebSocketSession previous = this.sessions.put(deviceId, session);
		if (previous != null && previous.isOpen()) {
			closeQuietly(previous, CloseStatus.POLICY_VIOLATION.withReason("replaced by a new connection"));
		}
		log.info("Agent of device {} connected", deviceId);
	}

	@Override
	protected void handleTextMessage(WebSocketSession raw, TextMessage text) throws IOException {
		long deviceId = deviceId(raw);
		AgentMessage message;
		try {
			message = Messages.readAgent(text.getPayload());
		}
		catch (IllegalArgumentException ex) {
			log.warn("Agent of device {} sent an unreadable message: {}", deviceId, ex.getMessage());
			return;
		}
		switch (message) {
			case AgentMessage.Heartbeat heartbeat -> {
				this.devices.agentSeen(deviceId);
				this.events.publishEvent(new AgentReported(deviceId, heartbeat));
			}
			case AgentMessage.Pulsed pulsed -> {
				CompletableFuture<Instant> waiting = this.pending.get(pulsed.commandId());
				if (waiting != null) {
					waiting.complete(pulsed.at());
				}
			}
			case AgentMessage.OpenRefused refused -> {
				log.warn("Agent of device {} refused to open compartment {}: {}", deviceId, refused.compartment(),
						refused.reason());
				CompletableFuture<Instant> waiting = this.pending.get(refused.commandId());
				if (waiting != null) {
					waiting.completeExceptionally(new AgentRefused(refused.reason()));
				}
			}
			case AgentMessage.Hello hello -> {
				this.devices.agentSeen(deviceId);
				this.events.publishEvent(new AgentReported(deviceId, hello));
			}
			case AgentMessage.DoorChanged changed -> report(raw, deviceId, changed, changed.eventId());
			case AgentMessage.OfflineOpened opened -> report(raw, deviceId, opened, opened.eventId());
			case AgentMessage.OfflineRefused refused -> report(raw, deviceId, refused, refused.eventId());
		}
	}

	private void report(WebSocketSession raw, long deviceId, AgentMessage message, String eventId) throws IOException {
		// stored by the listeners (a failure leaves the event unacknowledged: the agent
		// sends it again)
		this.events.publishEvent(new AgentReported(deviceId, message));
		WebSocketSession session = this.sessions.get(deviceId);
		send(session != null && session.getId().equals(raw.getId()) ? session : raw, new PortalMessage.Ack(eventId));
	}

	@Override
	public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
		long deviceId = deviceId(raw);
		WebSocketSession current = this.sessions.get(deviceId);
		if (current == null || !current.getId().equals(raw.getId())) {
			return;
		}
		// recorded in the database first: once it is gone here, it is gone there
		if (!this.stopping) {
			this.devices.agentConnected(deviceId, false);
			log.info("Agent of device {} disconnected ({})", deviceId, status);
		}
		this.sessions.remove(deviceId, current);
	}

	/**
	 * The connections held here are still open: their records in the database stay fresh
	 * (a record of an instance that died goes stale).
	 */
	@Scheduled(fixedDelayString = "${go.devices.connection-refresh:20s}",
			initialDelayString = "${go.devices.connection-refresh:20s}")
	void stillConnected() {
		if (!this.stopping) {
			this.devices.agentsStillConnected(connectedDevices());
		}
	}

	/**
	 * The portal stops: its agents are recorded as disconnected while the database is
	 * still there (their connections close later, when the web server stops).
	 */
	@EventListener(ContextClosedEvent.class)
	void portalStops() {
		this.stopping = true;
		for (Long deviceId : this.sessions.keySet()) {
			try {
				this.devices.agentConnected(deviceId, false);
			}
			catch (RuntimeException ex) {
				log.warn("Could not record agent of device {} as disconnected at shutdown", deviceId, ex);
			}
		}
		try {
			this.devices.allAgentsDisconnected();
		}
		catch (RuntimeException ex) {
			log.warn("Could not record this instance's agents as disconnected at shutdown", ex);
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		log.debug("Agent connection failed", exception);
	}

	private static void send(WebSocketSession session, PortalMessage message) throws IOException {
		session.sendMessage(new TextMessage(Messages.write(message)));
	}

	private static long deviceId(WebSocketSession session) {
		return Optional.ofNullable((Long) session.getAttributes().get(DEVICE_ID)).orElseThrow();
	}

	private static void closeQuietly(WebSocketSession session, CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException ex) {
			log.debug("Closing a replaced agent connection failed", ex);
		}
	}

}
