package de.norderstedt.go.kiosk.agent;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The locker agent: dials out to the portal over a WebSocket, pulses relays on the
 * portal's command when the command's signed code passes the agent's own check, reports
 * door changes and heartbeats, and, while the portal is unreachable, opens for signed
 * codes from its own scanner. Events are journaled in the state directory and sent again
 * after every reconnect until the portal acknowledges them.
 * <p>
 * All network traffic and timers run on one agent thread, so messages go out one at a
 * time (the JDK WebSocket allows only one outstanding send) and in the order they
 * happened. Codes from the scanner are checked in OfflineCodes, the portal's messages
 * carried out in PortalCommands.
 */
public final class LockerAgent implements AutoCloseable {

	/** Sent in {@link AgentMessage.Hello}. */
	public static final String VERSION = versionOrDefault();

	private static final System.Logger LOG = System.getLogger(LockerAgent.class.getName());

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final AgentConfig config;

	private final LockerHardware hardware;

	private final Clock clock;

	private final AgentState state;

	private final OfflineCodes offline;

	private final PortalCommands commands;

	private final Backoff backoff;

	private final ScheduledExecutorService worker;

	private final HttpClient http;

	private volatile @Nullable WebSocket socket;

	private volatile boolean connected;

	private volatile boolean connecting;

	private volatile boolean started;

	private volatile boolean closed;

	private volatile long lastHeardNanos;

	/**
	 * Creates the agent; nothing happens until {@link #start()}.
	 * @param config the configuration
	 * @param hardware the relays and door sensors (the caller closes them)
	 * @param clock the clock for code validity and event times
	 */
	public LockerAgent(AgentConfig config, LockerHardware hardware, Clock clock) {
		this.config = config;
		this.hardware = hardware;
		this.clock = clock;
		this.state = AgentState.load(config.stateDir(), clock.instant());
		this.offline = new OfflineCodes(config, hardware, this.state, clock);
		this.commands = new PortalCommands(config, hardware, this.state, clock);
		this.backoff = new Backoff(config.minBackoff(), config.maxBackoff());
		this.worker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "locker-agent-" + config.stationId());
			thread.setDaemon(true);
			return thread;
		});
		// the client keeps its own threads: the agent thread waits for sends, which need
		// them
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		hardware.onDoorChange(this::doorChanged);
	}

	/**
	 * Starts connecting in the background; reconnects with exponential backoff and
	 * jitter, and sends heartbeats while connected.
	 */
	public synchronized void start() {
		if (this.started || this.closed) {
			return;
		}
		this.started = true;
		this.worker.execute(this::connect);
		long heartbeat = this.config.heartbeat().toMillis();
		this.worker.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
	}

	/**
	 * Whether the agent is connected to the portal and has said hello.
	 * @return true while connected
	 */
	public boolean isConnected() {
		return this.connected;
	}

	/**
	 * Handles a line from the agent's own scanner.
	 * @param line the scanned or typed text
	 * @return {@link ScanOutcome#NOT_HANDLED} while online (the terminal screen handles
	 * codes through the portal), otherwise whether the compartment opened
	 */
	public ScanOutcome scanned(String line) {
		return scan(line).outcome();
	}

	/**
	 * Like {@link #scanned(String)}, with the reason of a refusal.
	 * @param line the scanned or typed text
	 * @return the outcome and, for {@link ScanOutcome#REFUSED}, the reason
	 */
	public synchronized ScanResult scan(String line) {
		String text = line.strip();
		if (text.isEmpty() || this.connected || this.closed) {
			return new ScanResult(ScanOutcome.NOT_HANDLED, null);
		}
		return this.offline.scan(text);
	}

	/** Stops the agent and closes the connection; the hardware stays the caller's. */
	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.connected = false;
		}
		WebSocket current = this.socket;
		if (current != null) {
			current.abort();
		}
		this.worker.shutdownNow();
		this.http.shutdownNow();
	}

	private void connect() {
		if (this.closed || this.connecting || this.socket != null) {
			return;
		}
		this.connecting = true;
		LOG.log(System.Logger.Level.DEBUG, "Connecting to {0}", this.config.endpoint());
		CompletableFuture<WebSocket> attempt;
		try {
			attempt = this.http.newWebSocketBuilder()
				.header("Authorization", "Bearer " + this.config.credential())
				.connectTimeout(Duration.ofSeconds(10))
				.buildAsync(this.config.endpoint(),
						new PortalListener(this::onWorker, this::received, this::lost, this::heard));
		}
		catch (RuntimeException ex) {
			this.connecting = false;
			LOG.log(System.Logger.Level.WARNING, "Cannot connect to the portal", ex);
			scheduleReconnect();
			return;
		}
		attempt.whenCompleteAsync((ws, failure) -> {
			this.connecting = false;
			if (failure != null) {
				LOG.log(System.Logger.Level.WARNING, "Cannot connect to {0}: {1}", this.config.endpoint(),
						rootMessage(failure));
				scheduleReconnect();
			}
			else {
				opened(ws);
			}
		}, this.worker);
	}

	private void opened(WebSocket ws) {
		if (this.closed) {
			ws.abort();
			return;
		}
		this.socket = ws;
		heard();
		Map<Integer, Boolean> doors = new TreeMap<>();
		for (int compartment : this.hardware.compartments()) {
			doors.put(compartment, this.hardware.isOpen(compartment));
		}
		if (!send(ws, new AgentMessage.Hello(VERSION, this.config.stationId(), doors))) {
			return;
		}
		synchronized (this) {
			// from here on, codes on the terminal go through the portal
			this.connected = true;
		}
		this.backoff.reset();
		LOG.log(System.Logger.Level.INFO, "Connected to {0}", this.config.endpoint());
		resendJournal();
	}

	private void resendJournal() {
		List<AgentMessage> pending = this.state.pending();
		for (AgentMessage event : pending) {
			WebSocket ws = this.socket;
			if (ws == null || !send(ws, event)) {
				return;
			}
		}
	}

	private boolean send(WebSocket ws, AgentMessage message) {
		try {
			ws.sendText(Messages.write(message), true).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			LOG.log(System.Logger.Level.WARNING, "Cannot send to the portal: {0}", rootMessage(ex));
			lost(ws);
			return false;
		}
	}

	private void lost(WebSocket ws) {
		if (this.socket != ws) {
			return;
		}
		ws.abort();
		this.socket = null;
		synchronized (this) {
			this.connected = false;
		}
		scheduleReconnect();
	}

	private void scheduleReconnect() {
		if (this.closed) {
			return;
		}
		long delay = this.backoff.next();
		LOG.log(System.Logger.Level.DEBUG, "Reconnecting in {0} ms", delay);
		try {
			this.worker.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// closed meanwhile
		}
	}

	private void heartbeat() {
		try {
			WebSocket ws = this.socket;
			if (ws == null || !this.connected) {
				return;
			}
			long silentFor = System.nanoTime() - this.lastHeardNanos;
			if (silentFor > 3 * this.config.heartbeat().toNanos()) {
				// a half-open TCP connection can look alive for minutes: without an
				// answer, go offline
				LOG.log(System.Logger.Level.WARNING, "The portal stopped answering; reconnecting");
				lost(ws);
				return;
			}
			if (send(ws, new AgentMessage.Heartbeat(this.clock.instant()))) {
				ws.sendPing(ByteBuffer.allocate(0));
			}
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "Heartbeat failed", ex);
		}
	}

	private void doorChanged(int compartment, boolean open) {
		if (this.closed) {
			// the hardware outlives a closed agent; a new agent on the same state reports
			// the doors
			return;
		}
		AgentMessage.DoorChanged event = new AgentMessage.DoorChanged(newEventId(), compartment, open,
				this.clock.instant());
		this.state.journal(event);
		onWorker(() -> {
			WebSocket ws = this.socket;
			if (ws != null && this.connected) {
				send(ws, event);
			}
		});
	}

	private void onWorker(Runnable task) {
		try {
			this.worker.execute(task);
		}
		catch (RejectedExecutionException ex) {
			// closed: whatever needs to survive is in the journal already
		}
	}

	private void received(WebSocket ws, String text) {
		heard();
		this.commands.handle(text).ifPresent(answer -> send(ws, answer));
	}

	private void heard() {
		this.lastHeardNanos = System.nanoTime();
	}

	static String newEventId() {
		return UUID.randomUUID().toString();
	}

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static String versionOrDefault() {
		String version = LockerAgent.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

	/** What became of a scanned line. */
	public enum ScanOutcome {

		/** Offline, the code was valid and the compartment opened. */
		OPENED,

		/** Offline, the code was refused (see {@link ScanResult#reason()}). */
		REFUSED,

		/** Online: the terminal screen handles codes through the portal. */
		NOT_HANDLED

	}

	/**
	 * A scan's outcome with its reason.
	 *
	 * @param outcome what happened
	 * @param reason for {@link ScanOutcome#REFUSED}: a
	 * {@link de.norderstedt.go.kiosk.codes.CodeCheck.Reason} name (MALFORMED,
	 * BAD_SIGNATURE, WRONG_STATION, NOT_YET_VALID, EXPIRED, REVOKED, ALREADY_USED or
	 * UNKNOWN_COMPARTMENT); otherwise null
	 */
	public record ScanResult(ScanOutcome outcome, @Nullable String reason) {
	}

}
