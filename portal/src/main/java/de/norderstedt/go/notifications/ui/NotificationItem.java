package de.norderstedt.go.notifications.ui;

import java.time.Instant;
import java.util.function.LongConsumer;

import de.norderstedt.go.notifications.Notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * One entry of the notification centre: its title as a heading, whether it is new (in
 * words), its kind and time, the text with its line breaks, and what can be done with it.
 */
class NotificationItem extends ListItem {

	private final H2 title = new H2();

	private final Span fresh = new Span();

	private final Span kind = new Span();

	private final Element time = new Element("time");

	private final Paragraph body = new Paragraph();

	private final Anchor open = new Anchor();

	private final Button markRead = new Button();

	private Notification notification;

	NotificationItem(Notification notification, Instant now, LongConsumer onMarkRead, LongConsumer onOpen) {
		this.notification = notification;
		addClassName("notification-item");
		this.title.addClassName("notification-title");
		// focus lands here after "mark as read", whose button then goes away
		this.title.getElement().setAttribute("tabindex", "-1");
		this.fresh.addClassName("notification-new");
		this.kind.addClassName("notification-kind");
		Span whenText = new Span();
		whenText.getElement().appendChild(this.time);
		Paragraph meta = new Paragraph(this.fresh, this.kind, whenText);
		meta.addClassName("notification-meta");
		this.body.addClassName("notification-body");
		this.open.addClassName("button-link");
		this.open.getElement().addEventListener("click", e -> onOpen.accept(this.notification.id()));
		this.markRead.addClickListener(e -> onMarkRead.accept(this.notification.id()));
		Div actions = new Div(this.open, this.markRead);
		actions.addClassName("actions");
		add(this.title, meta, this.body, actions);
		update(notification, now);
	}

	long notificationId() {
		return this.notification.id();
	}

	boolean isUnread() {
		return this.notification.isUnread();
	}

	String getTitleText() {
		return this.title.getText();
	}

	/** Shows the entry as it is now (read or not, in the page's language). */
	void update(Notification changed, Instant now) {
		this.notification = changed;
		String heading = changed.title(getLocale());
		this.title.setText(heading);
		boolean unread = changed.isUnread();
		setClassName("unread", unread);
		this.fresh.setText(getTranslation("notifications.centre.new"));
		this.fresh.setVisible(unread);
		this.kind.setText(getTranslation(NotificationTexts.kindKey(changed)));
		this.kind.setClassName("warning", changed.urgent());
		this.time.setAttribute("datetime", changed.createdAt().toString());
		this.time.setText(NotificationTexts.when(changed.createdAt(), now, getLocale()));
		String text = changed.body(getLocale());
		this.body.setText(text);
		this.body.setVisible(!text.isBlank());
		String link = changed.link();
		this.open.setVisible(link != null);
		if (link != null) {
			this.open.setHref(link);
		}
		this.open.setText(getTranslation("notifications.centre.open"));
		this.open.getElement().setAttribute("aria-label", getTranslation("notifications.centre.open-label", heading));
		this.markRead.setText(getTranslation("notifications.centre.mark-read"));
		this.markRead.getElement()
			.setAttribute("aria-label", getTranslation("notifications.centre.mark-read-label", heading));
		this.markRead.setVisible(unread);
	}

	void focusTitle() {
		this.title.getElement().executeJs("this.focus()");
	}

}
