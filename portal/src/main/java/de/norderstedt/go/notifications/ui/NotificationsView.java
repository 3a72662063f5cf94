package de.norderstedt.go.notifications.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.ui.NewsView;
import de.norderstedt.go.notifications.Notification;
import de.norderstedt.go.notifications.NotificationBroadcaster;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The notification centre behind the bell: the signed-in person's notifications, newest
 * first, new ones said in words; it follows new ones live. Offers the short set-up to
 * people who have not chosen their news yet.
 */
@Route("benachrichtigungen")
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/** The query parameter the set-up adds when it lands here. */
	static final String SET_UP_DONE = "eingerichtet";

	private final NotificationService notifications;

	private final InboxChanges changes;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Section setUpOffer = new Section();

	private final H2 setUpHeading = new H2();

	private final Paragraph setUpText = new Paragraph();

	private final RouterLink setUpLink = new RouterLink();

	private final LiveRegion status = LiveRegion.status();

	private final Button markAll = new Button();

	private final RouterLink settingsLink = new RouterLink();

	private final RouterLink newsLink = new RouterLink();

	private final Paragraph empty = new Paragraph();

	private final Paragraph emptyHint = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final Map<Long, NotificationItem> items = new LinkedHashMap<>();

	private boolean justSetUp;

	NotificationsView(NotificationService notifications, NotificationBroadcaster broadcaster, Clock clock) {
		this.notifications = notifications;
		this.changes = new InboxChanges(notifications, broadcaster);
		this.clock = clock;
		addClassName("page");
		addClassName("notifications");
		this.heading.getElement().setAttribute("tabindex", "-1");
		this.setUpOffer.addClassName("card");
		this.setUpOffer.addClassName("notification-set-up-offer");
		this.setUpLink.setRoute(NotificationSetUpView.class);
		this.setUpLink.addClassName("button-link");
		this.setUpOffer.add(this.setUpHeading, this.setUpText, new Paragraph(this.setUpLink));
		this.markAll.addClickListener(e -> markAllRead());
		this.settingsLink.setRoute(NotificationSettingsView.class);
		this.settingsLink.addClassName("action-link");
		this.newsLink.setRoute(NewsView.class);
		this.newsLink.addClassName("action-link");
		Div actions = new Div(this.markAll, this.settingsLink, this.newsLink);
		actions.addClassName("actions");
		this.list.addClassName("notification-list");
		add(this.heading, this.status, this.setUpOffer, actions, this.empty, this.emptyHint, this.list);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.justSetUp = event.getLocation().getQueryParameters().getParameters().containsKey(SET_UP_DONE);
	}

	/**
	 * Shows the inbox as it is now: new entries go in at the top, changed ones change in
	 * place (so focus stays where it is), withdrawn ones go.
	 */
	void refresh() {
		Instant now = this.clock.instant();
		List<Notification> inbox = this.notifications.myInbox();
		Set<Long> ids = new HashSet<>();
		inbox.forEach(n -> ids.add(n.id()));
		this.items.values().removeIf(item -> {
			boolean gone = !ids.contains(item.notificationId());
			if (gone) {
				this.list.remove(item);
			}
			return gone;
		});
		for (int i = 0; i < inbox.size(); i++) {
			Notification n = inbox.get(i);
			NotificationItem item = this.items.get(n.id());
			if (item == null) {
				item = new NotificationItem(n, now, this::markRead, this::opened);
				this.items.put(n.id(), item);
				this.list.addComponentAtIndex(i, item);
			}
			else {
				item.update(n, now);
				if (this.list.indexOf(item) != i) {
					this.list.addComponentAtIndex(i, item);
				}
			}
		}
		boolean none = inbox.isEmpty();
		this.empty.setVisible(none);
		this.emptyHint.setVisible(none);
		this.list.setVisible(!none);
		this.markAll.setVisible(!none);
		this.setUpOffer.setVisible(this.notifications.needsSetUp());
	}

	private void markRead(long id) {
		this.notifications.markRead(id);
		refresh();
		NotificationItem item = this.items.get(id);
		if (item != null) {
			this.status.show(getTranslation("notifications.centre.marked-read", item.getTitleText()));
			item.focusTitle();
		}
	}

	private void opened(long id) {
		this.notifications.markRead(id);
	}

	private void markAllRead() {
		boolean anyUnread = this.items.values().stream().anyMatch(NotificationItem::isUnread);
		this.notifications.markAllRead();
		refresh();
		this.status.show(getTranslation(
				anyUnread ? "notifications.centre.marked-all-read" : "notifications.centre.nothing-unread"));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.changes.follow(event.getUI(), this::refresh);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.changes.stop();
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "notifications.centre.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("notifications.centre.title"));
		this.setUpHeading.setText(getTranslation("notifications.centre.set-up.heading"));
		this.setUpText.setText(getTranslation("notifications.centre.set-up.text"));
		this.setUpLink.setText(getTranslation("notifications.centre.set-up.link"));
		this.markAll.setText(getTranslation("notifications.centre.mark-all-read"));
		this.settingsLink.setText(getTranslation("notifications.centre.settings"));
		this.newsLink.setText(getTranslation("notifications.centre.all-news"));
		this.empty.setText(getTranslation("notifications.centre.empty"));
		this.emptyHint.setText(getTranslation("notifications.centre.empty-hint"));
		this.list.getElement().setAttribute("aria-label", getTranslation("notifications.centre.list"));
		// a message of the moment is not said again in the other language
		this.status.clear();
		if (this.justSetUp) {
			this.status.show(getTranslation("notifications.centre.set-up-done"));
		}
		// texts of every entry change with the language
		this.list.removeAll();
		this.items.clear();
		refresh();
		Titles.update(this);
	}

}
