package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.web.ui.ServerPush;

import java.io.Serializable;

import de.norderstedt.go.notifications.NotificationBroadcaster;
import de.norderstedt.go.notifications.NotificationService;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Follows the signed-in person's notifications while a screen is on the page: after every
 * change, the screen's update runs in its own UI (server push). Nobody signed in, nothing
 * to follow.
 */
final class InboxChanges implements Serializable {

	private final NotificationService notifications;

	private final NotificationBroadcaster broadcaster;

	private NotificationBroadcaster.@Nullable Registration listening;

	InboxChanges(NotificationService notifications, NotificationBroadcaster broadcaster) {
		this.notifications = notifications;
		this.broadcaster = broadcaster;
	}

	/** The screen is attached to the UI: from now on, changes run the update. */
	void follow(UI ui, SerializableRunnable update) {
		stop();
		this.notifications.currentAccountId().ifPresent(account -> {
			ServerPush.enable(ui);
			this.listening = this.broadcaster.listen(account, () -> {
				try {
					ui.access(update::run);
				}
				catch (UIDetachedException ex) {
					// the page was closed between the change and this call
				}
			});
		});
	}

	/** The screen left the page. */
	void stop() {
		NotificationBroadcaster.Registration registration = this.listening;
		if (registration != null) {
			registration.remove();
			this.listening = null;
		}
	}

}
