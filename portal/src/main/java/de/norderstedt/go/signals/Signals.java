package de.norderstedt.go.signals;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every portal instance that something changed, through PostgreSQL
 * {@code LISTEN/NOTIFY}. A signal is a hint: it names what changed by its id, the tables
 * say what it is now. Signals may be lost (a reconnecting bus misses them); subscribers
 * then resynchronise from the tables.
 */
@Service
public class Signals {

	/**
	 * A command for a locker agent waits in {@code device_command}; payload: the device's
	 * id. The instance holding the agent's connection claims it.
	 */
	public static final String DEVICE_COMMANDS = "go_device_commands";

	/** A device command has its result; payload: the command's id. */
	public static final String DEVICE_COMMAND_RESULTS = "go_device_command_results";

	/**
	 * A station's access codes were revoked (a reservation was cancelled); payload: the
	 * station agent's device id and the station's id, {@code device:station}. The
	 * instance holding that agent's connection sends it the revoked codes at once.
	 */
	public static final String LOCKER_REVOCATIONS = "go_locker_revocations";

	/**
	 * A person's notifications changed (a new one, one read or withdrawn); payload: the
	 * accounts' ids, separated by commas, or nothing for "everybody's". The bells follow
	 * it.
	 */
	public static final String NOTIFICATIONS = "go_notifications";

	/**
	 * Something a locker station's live board or terminal shows changed: a door, a
	 * compartment, an item, a reservation, its agent's connection or heartbeat; payload:
	 * the station's id. Sent by the database itself (triggers of migration V042), so no
	 * writer can forget it.
	 */
	public static final String LOCKERS = "go_lockers";

	/**
	 * A learner's phone opened a scan practice's link; payload: a short hash of the
	 * practice's token (not the token, which is what opens the link).
	 */
	public static final String SCAN_CHECKS = "go_scan_checks";

	private static final Pattern CHANNEL = Pattern.compile("go_[a-z0-9_]{1,60}");

	/**
	 * Ids only: digits, letters, '-', ':' and ','. Nothing personal travels as a signal.
	 */
	private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9:,-]{0,200}");

	private final SignalRepository repository;

	private final SignalBus bus;

	Signals(SignalRepository repository, SignalBus bus) {
		this.repository = repository;
		this.bus = bus;
	}

	/**
	 * Signals every instance (this one too) when the current transaction commits; a
	 * rollback sends nothing. Without a transaction it goes out at once.
	 * @param channel one of the channel constants of this class
	 * @param payload ids only (letters, digits, '-', ':' and ','; at most 200)
	 */
	@Transactional
	public void send(String channel, String payload) {
		check(channel);
		if (!PAYLOAD.matcher(payload).matches()) {
			throw new IllegalArgumentException("a signal carries ids only, at most 200 characters");
		}
		this.repository.notify(channel, payload);
	}

	/**
	 * Calls {@code onSignal} with the payload of each signal on the channel, and
	 * {@code onResync} when signals may have been missed (after the bus reconnected): the
	 * subscriber then reads what it follows from the tables again. Both are called one at
	 * a time, in order, on a thread of the bus (not the subscriber's), and should not
	 * take long.
	 */
	public Subscription subscribe(String channel, Consumer<String> onSignal, Runnable onResync) {
		check(channel);
		return this.bus.subscribe(channel, onSignal, onResync);
	}

	/**
	 * This instance's listeners of one channel, by key: one subscription to the bus,
	 * however many screens listen. Signals whose payload lists keys (separated by commas)
	 * reach the listeners of those keys, an empty payload and a resync reach them all.
	 */
	public SignalFanOut fanOut(String channel) {
		return new SignalFanOut(this, channel);
	}

	private static void check(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("not a signal channel: " + channel);
		}
	}

}
