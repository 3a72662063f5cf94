package de.norderstedt.go.signals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One per instance: a connection of its own (not one of the pool's) that listens on every
 * channel somebody subscribed to, read by one thread. When the connection dies the bus
 * connects again, waiting longer after each failed try, and then asks every subscriber to
 * resynchronise from the tables: signals may have been missed meanwhile.
 * <p>
 * Each subscriber gets its signals one at a time and in order, on a virtual thread of the
 * bus; a slow or failing subscriber does not hold up the others.
 */
class SignalBus implements SmartLifecycle {

	/** Opens the bus's own connection. */
	interface ConnectionSource {

		Connection open() throws SQLException;

	}

	/** What the bus is doing. */
	enum State {

		/** Not started, or stopped. */
		STOPPED,
		/** Connecting, or waiting before it tries again. */
		CONNECTING,
		/** Listening. */
		LISTENING

	}

	private static final Logger log = LoggerFactory.getLogger(SignalBus.class);

	private final ConnectionSource source;

	private final SignalProperties properties;

	private final String name;

	private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

	/** Channels subscribed since the bus last issued LISTEN for them. */
	private final Set<String> unheard = ConcurrentHashMap.newKeySet();

	private final AtomicLong connects = new AtomicLong();

	private final ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();

	private volatile State state = State.STOPPED;

	private volatile @Nullable Instant since;

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	private volatile @Nullable Connection connection;

	private volatile int backendPid;

	/** When the connection last carried something (read by the bus's thread only). */
	private long lastTraffic = System.nanoTime();

	SignalBus(ConnectionSource source, SignalProperties properties, String name) {
		this.source = source;
		this.properties = properties;
		this.name = name;
	}

	/**
	 * Calls {@code onSignal} with each signal's payload on the channel, and
	 * {@code onResync} whenever signals may have been missed: after the bus reconnected,
	 * and once after the bus began to listen on a channel subscribed while it was
	 * running.
	 */
	Subscription subscribe(String channel, Consumer<String> onSignal, Runnable onResync) {
		Subscriber subscriber = new Subscriber(onSignal, onResync);
		this.subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
		if (this.running) {
			this.unheard.add(channel);
			subscriber.pending = true;
		}
		return () -> {
			List<Subscriber> list = this.subscribers.get(channel);
			if (list != null) {
				list.remove(subscriber);
			}
		};
	}

	State state() {
		return this.state;
	}

	/** Since when the bus is in its state. */
	@Nullable Instant since() {
		return this.since;
	}

	/** How many times the bus has connected since it started. */
	long connects() {
		return this.connects.get();
	}

	/**
	 * The PostgreSQL backend process of the listening connection (0 while there is none).
	 */
	int backendPid() {
		return this.backendPid;
	}

	@Override
	public void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		enter(State.CONNECTING);
		Thread listener = Thread.ofPlatform().daemon().name("go-signals-" + this.name).unstarted(this::run);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Connection current = this.connection;
		if (current != null) {
			try {
				// closes the socket at once, also while the thread waits for signals
				current.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException ex) {
				log.debug("Aborting the signal connection failed", ex);
			}
		}
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(this.properties.pollTimeout().toMillis() + 5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		// the executor stays: Spring may start the bus again (a lifecycle restart, a test
		// context paused while another ran), and a shut-down executor would refuse every
		// later signal without a word. It holds no threads of its own (one virtual thread
		// per callback).
		enter(State.STOPPED);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Starts before the web server takes requests, stops after it. */
	@Override
	public int getPhase() {
		return 0;
	}

	private void run() {
		Duration wait = this.properties.reconnectMin();
		boolean failing = false;
		while (this.running) {
			try {
				if (this.connection == null) {
					connect();
					if (failing) {
						log.info("Signal bus {} listens again", this.name);
					}
					failing = false;
					wait = this.properties.reconnectMin();
				}
				listenToNewChannels();
				receive();
			}
			catch (SQLException | RuntimeException ex) {
				closeQuietly();
				if (!this.running) {
					break;
				}
				if (!failing) {
					log.warn("Signal bus {} lost its connection, reconnecting: {}", this.name, ex.toString());
					failing = true;
				}
				else {
					log.debug("Signal bus {} could not connect", this.name, ex);
				}
				enter(State.CONNECTING);
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
				wait = wait.multipliedBy(2);
				if (wait.compareTo(this.properties.reconnectMax()) > 0) {
					wait = this.properties.reconnectMax();
				}
			}
		}
		closeQuietly();
	}

	private void connect() throws SQLException {
		Connection opened = this.source.open();
		try {
			opened.setAutoCommit(true);
			// listen on every channel, then resynchronise: what changed before is in the
			// tables, what changes after is signalled
			this.unheard.clear();
			for (String channel : this.subscribers.keySet()) {
				SignalRepository.listen(opened, channel);
			}
			this.backendPid = opened.unwrap(PGConnection.class).getBackendPID();
		}
		catch (SQLException | RuntimeException ex) {
			opened.close();
			throw ex;
		}
		this.connection = opened;
		this.connects.incrementAndGet();
		enter(State.LISTENING);
		this.subscribers.values().forEach(list -> list.forEach(this::resync));
	}

	private void listenToNewChannels() {
		Connection current = this.connection;
		if (current == null || this.unheard.isEmpty()) {
			return;
		}
		for (String channel : List.copyOf(this.unheard)) {
			SignalRepository.listen(current, channel);
			this.unheard.remove(channel);
			for (Subscriber subscriber : this.subscribers.getOrDefault(channel, List.of())) {
				if (subscriber.pending) {
					resync(subscriber);
				}
			}
		}
	}

	private void receive() throws SQLException {
		Connection current = this.connection;
		if (current == null) {
			return;
		}
		PGNotification[] notifications = current.unwrap(PGConnection.class)
			.getNotifications((int) this.properties.pollTimeout().toMillis());
		if (notifications != null && notifications.length > 0) {
			this.lastTraffic = System.nanoTime();
			for (PGNotification notification : notifications) {
				dispatch(notification.getName(), notification.getParameter());
			}
		}
		else if (System.nanoTime() - this.lastTraffic > this.properties.checkInterval().toNanos()) {
			SignalRepository.ping(current);
			this.lastTraffic = System.nanoTime();
		}
	}

	private void dispatch(String channel, String payload) {
		for (Subscriber subscriber : this.subscribers.getOrDefault(channel, List.of())) {
			subscriber.later(() -> {
				try {
					subscriber.onSignal.accept(payload);
				}
				catch (RuntimeException ex) {
					log.warn("A subscriber to signal channel {} failed", channel, ex);
				}
			});
		}
	}

	private void resync(Subscriber subscriber) {
		subscriber.pending = false;
		subscriber.later(() -> {
			try {
				subscriber.onResync.run();
			}
			catch (RuntimeException ex) {
				log.warn("A subscriber failed to resynchronise after signals may have been missed", ex);
			}
		});
	}

	private void closeQuietly() {
		Connection current = this.connection;
		this.connection = null;
		this.backendPid = 0;
		if (current != null) {
			try {
				current.close();
			}
			catch (SQLException | RuntimeException ex) {
				log.debug("Closing the signal connection failed", ex);
			}
		}
	}

	private void enter(State next) {
		if (this.state != next) {
			this.state = next;
			this.since = Instant.now();
		}
	}

	/**
	 * A subscriber gets its signals and resyncs one at a time, in the order the bus read
	 * them, on a virtual thread of its own (while it has something to do).
	 */
	private final class Subscriber {

		final Consumer<String> onSignal;

		final Runnable onResync;

		/**
		 * Subscribed while the bus ran: to be resynchronised once its channel is heard.
		 */
		volatile boolean pending;

		private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean draining = new AtomicBoolean();

		Subscriber(Consumer<String> onSignal, Runnable onResync) {
			this.onSignal = onSignal;
			this.onResync = onResync;
		}

		void later(Runnable task) {
			this.queue.add(task);
			drainSoon();
		}

		private void drainSoon() {
			if (this.draining.compareAndSet(false, true)) {
				try {
					SignalBus.this.callbacks.execute(this::drain);
				}
				catch (RejectedExecutionException ex) {
					// the bus stopped
					this.draining.set(false);
				}
			}
		}

		private void drain() {
			try {
				Runnable task;
				while ((task = this.queue.poll()) != null) {
					task.run();
				}
			}
			finally {
				this.draining.set(false);
			}
			if (!this.queue.isEmpty()) {
				drainSoon();
			}
		}

	}

}
