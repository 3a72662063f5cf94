package de.norderstedt.go.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts notifications into a person's notification centre for tests, as the core's
 * notifier does (stored, then the person's open screens are told after the commit).
 */
@Component
public class TestNotifications {

	private final NotificationRepository notifications;

	private final NotificationBroadcaster broadcaster;

	private final TransactionTemplate transactions;

	TestNotifications(NotificationRepository notifications, NotificationBroadcaster broadcaster,
			TransactionTemplate transactions) {
		this.notifications = notifications;
		this.broadcaster = broadcaster;
		this.transactions = transactions;
	}

	/**
	 * A notification shown in the app, in both languages (the English title ends "(en)").
	 */
	public long create(long accountId, NotificationCategory category, String title, String body, @Nullable String link,
			boolean urgent) {
		return create(accountId, category, title, body, link, urgent, Instant.now());
	}

	/** The same, made at a given time. */
	public long create(long accountId, NotificationCategory category, String title, String body, @Nullable String link,
			boolean urgent, Instant createdAt) {
		Long id = this.transactions.execute(status -> {
			Map<Long, Long> made = this.notifications.insert(Map.of(accountId, true), category,
					"test:" + System.nanoTime(), new Message(title, body, title + " (en)", body, link), urgent,
					createdAt);
			this.broadcaster.changed(List.of(accountId));
			return made.get(accountId);
		});
		if (id == null) {
			throw new IllegalStateException("no notification made");
		}
		return id;
	}

}
