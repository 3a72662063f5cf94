package de.norderstedt.go.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one channel on this instance, by key (an account's id, a station's
 * id): the channel is subscribed once, however many screens listen, and a signal reaches
 * only the listeners of the keys it names. A signal without keys, and every resync of the
 * bus, reaches all of them, so that each reads again what it follows from the tables.
 * <p>
 * Each listener is called on a virtual thread of its own: a screen that waits for its
 * page's lock does not hold up the others.
 */
public final class SignalFanOut {

	/**
	 * More keys than this in one change are signalled as "everybody" (one empty signal)
	 * rather than in many signals of 200 characters each.
	 */
	static final int MOST_KEYS = 1000;

	private static final int MOST_CHARACTERS = 200;

	private static final Logger log = LoggerFactory.getLogger(SignalFanOut.class);

	private final Signals signals;

	private final String channel;

	private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();

	/** Subscribes to a channel: the bus of this instance, or in tests another one. */
	interface Bus {

		Subscription subscribe(String channel, Consumer<String> onSignal, Runnable onResync);

	}

	SignalFanOut(Signals signals, String channel) {
		this(signals, channel, signals::subscribe);
	}

	/** Sends through {@code signals}, hears through {@code bus}. */
	SignalFanOut(Signals signals, String channel, Bus bus) {
		this.signals = signals;
		this.channel = channel;
		bus.subscribe(channel, this::received, this::everybody);
	}

	/**
	 * Calls {@code changed} whenever a signal names the key (or names none), and after
	 * every resync of the bus; on a thread of its own, not the caller's. Closing the
	 * subscription stops it: a screen closes it when it leaves the page.
	 */
	public Subscription listen(String key, Runnable changed) {
		this.listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(changed);
		return () -> this.listeners.computeIfPresent(key, (k, list) -> {
			list.remove(changed);
			return list.isEmpty() ? null : list;
		});
	}

	/**
	 * Signals every instance that what the keys name changed, when the current
	 * transaction commits (without one: at once).
	 */
	public void send(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<String> distinct = keys.stream().distinct().toList();
		if (distinct.size() > MOST_KEYS) {
			this.signals.send(this.channel, "");
			return;
		}
		for (String payload : payloads(distinct)) {
			this.signals.send(this.channel, payload);
		}
	}

	/** Signals that everybody's listeners should read again. */
	public void sendToEverybody() {
		this.signals.send(this.channel, "");
	}

	/** How many keys have listeners here (for tests and health). */
	int keysListenedTo() {
		return this.listeners.size();
	}

	/** Keys joined by commas, each payload at most 200 characters. */
	static List<String> payloads(List<String> keys) {
		List<String> payloads = new ArrayList<>();
		StringBuilder payload = new StringBuilder();
		for (String key : keys) {
			if (key.isEmpty() || key.length() > MOST_CHARACTERS || key.contains(",")) {
				throw new IllegalArgumentException("a signal key is 1 to 200 characters without a comma");
			}
			if (!payload.isEmpty() && payload.length() + 1 + key.length() > MOST_CHARACTERS) {
				payloads.add(payload.toString());
				payload.setLength(0);
			}
			if (!payload.isEmpty()) {
				payload.append(',');
			}
			payload.append(key);
		}
		if (!payload.isEmpty()) {
			payloads.add(payload.toString());
		}
		return payloads;
	}

	private void received(String payload) {
		if (payload.isEmpty()) {
			everybody();
			return;
		}
		for (String key : payload.split(",")) {
			call(this.listeners.getOrDefault(key, List.of()));
		}
	}

	private void everybody() {
		this.listeners.values().forEach(this::call);
	}

	private void call(List<Runnable> those) {
		for (Runnable listener : those) {
			Thread.ofVirtual().name("go-signal-" + this.channel).start(() -> {
				try {
					listener.run();
				}
				catch (RuntimeException ex) {
					log.warn("A listener to signal channel {} failed", this.channel, ex);
				}
			});
		}
	}

}
