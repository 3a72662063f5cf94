package de.norderstedt.go.notifications;

import java.util.Collection;

import de.norderstedt.go.signals.SignalFanOut;
import de.norderstedt.go.signals.Signals;
import org.springframework.stereotype.Component;

/**
 * Tells open screens that a person's notifications changed, so the bell updates without a
 * reload, on whichever portal instance the screen is: a change signals the account's id
 * on the signal bus ({@link Signals#NOTIFICATIONS}) when its transaction commits, and
 * every instance tells its own screens of that account. After the bus had to reconnect,
 * every screen is told, and counts again from the table.
 */
@Component
public class NotificationBroadcaster {

	/** Stops listening. */
	public interface Registration {

		void remove();

	}

	private final SignalFanOut fanOut;

	NotificationBroadcaster(Signals signals) {
		this.fanOut = signals.fanOut(Signals.NOTIFICATIONS);
	}

	/**
	 * Calls {@code changed} (on a background thread: use {@code UI.access}) whenever the
	 * account's notifications change, on any instance, and whenever signals may have been
	 * missed.
	 */
	public Registration listen(long accountId, Runnable changed) {
		return this.fanOut.listen(Long.toString(accountId), changed)::close;
	}

	/**
	 * Tells the accounts' listeners on every instance, when the current transaction
	 * commits (or now).
	 */
	void changed(Collection<Long> accountIds) {
		this.fanOut.send(accountIds.stream().map(String::valueOf).toList());
	}

}
