package de.norderstedt.go.notifications.ui;

import java.util.Optional;

import de.norderstedt.go.notifications.Notification;
import de.norderstedt.go.notifications.NotificationBroadcaster;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * The bell in the portal's header: a link to the notification centre that shows and says
 * how many entries are unread. It follows new notifications live (server push) and tells
 * screen reader users politely when one arrives.
 */
public class NotificationBell extends Span implements LocaleChangeObserver, AfterNavigationObserver {

	/** More than this is shown as "99+". */
	private static final int MOST_SHOWN = 99;

	private final NotificationService notifications;

	private final InboxChanges changes;

	private final RouterLink link = new RouterLink();

	private final Span word = new Span();

	private final Span badge = new Span();

	private final LiveRegion announcer = LiveRegion.status();

	private int unread;

	public NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster) {
		this.notifications = notifications;
		this.changes = new InboxChanges(notifications, broadcaster);
		addClassName("notification-bell");
		Icon bell = VaadinIcon.BELL.create();
		bell.addClassName("notification-bell-icon");
		bell.getElement().setAttribute("aria-hidden", "true");
		this.word.addClassName("notification-bell-word");
		this.badge.addClassName("notification-badge");
		this.badge.getElement().setAttribute("aria-hidden", "true");
		this.link.setRoute(NotificationsView.class);
		this.link.addClassName("notification-bell-link");
		this.link.add(bell, this.word, this.badge);
		// a polite live region: it must be in the page before it speaks
		this.announcer.addClassName("visually-hidden");
		this.announcer.setId("notification-announcer");
		add(this.link, this.announcer);
	}

	/** Counts again; says what is new when the count grew. */
	void refresh(boolean announce) {
		int now = this.notifications.myUnreadCount();
		if (announce && now > this.unread) {
			announce(now - this.unread);
		}
		this.unread = now;
		texts();
	}

	private void announce(int more) {
		Optional<Notification> newest = this.notifications.myInbox()
			.stream()
			.filter(Notification::isUnread)
			.findFirst();
		newest.ifPresent(n -> {
			String title = n.title(getLocale());
			this.announcer.setText(more == 1 ? getTranslation("notifications.bell.new-one", title)
					: getTranslation("notifications.bell.new-many", more, title));
		});
	}

	private void texts() {
		this.word.setText(getTranslation("notifications.bell.word"));
		this.badge.setText(this.unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(this.unread));
		this.badge.setVisible(this.unread > 0);
		this.link.getElement()
			.setAttribute("aria-label", this.unread == 0 ? getTranslation("notifications.bell.label-none")
					: getTranslation("notifications.bell.label", this.unread));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		refresh(false);
		this.changes.follow(event.getUI(), () -> refresh(true));
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.changes.stop();
	}

	/**
	 * Marks the link as the current page in the notification centre, and counts again
	 * (cheap, and right even if a change was not told to this screen).
	 */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String centre = RouteConfiguration.forSessionScope().getUrl(NotificationsView.class);
		if (event.getLocation().getPath().equals(centre)) {
			this.link.getElement().setAttribute("aria-current", "page");
		}
		else {
			this.link.getElement().removeAttribute("aria-current");
		}
		refresh(false);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
	}

}
