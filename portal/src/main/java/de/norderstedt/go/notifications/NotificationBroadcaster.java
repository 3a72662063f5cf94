package de.norderstedt.go.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that a person's notifications changed, so the bell updates without a
 * reload. Listeners live in this instance's memory; with several instances this would
 * travel through PostgreSQL LISTEN/NOTIFY (see DESIGN.md).
 */
@Component
public class NotificationBroadcaster {

	/** Stops listening. */
	public interface Registration {

		void remove();

	}

	private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

	/**
	 * Calls {@code changed} (on a background thread: use {@code UI.access}) whenever the
	 * account's notifications change.
	 */
	public Registration listen(long accountId, Runnable changed) {
		this.listeners.computeIfAbsent(accountId, id -> new CopyOnWriteArrayList<>()).add(changed);
		return () -> this.listeners.computeIfPresent(accountId, (id, list) -> {
			list.remove(changed);
			return list.isEmpty() ? null : list;
		});
	}

	/** Tells the accounts' listeners, after the current transaction commits (or now). */
	void changed(Collection<Long> accountIds) {
		List<Long> accounts = List.copyOf(accountIds);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					tell(accounts);
				}
			});
		}
		else {
			tell(accounts);
		}
	}

	private void tell(List<Long> accountIds) {
		for (Long id : accountIds) {
			List<Runnable> those = this.listeners.get(id);
			if (those != null) {
				those.forEach(Runnable::run);
			}
		}
	}

}
