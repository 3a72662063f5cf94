package de.norderstedt.go.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.courses.BookingNews;
import org.springframework.stereotype.Component;

/** The booking messages of the notification centre, as "Meine Buchungen" lists them. */
@Component
class BookingNewsFromInbox implements BookingNews {

	private final NotificationService notifications;

	BookingNewsFromInbox(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public List<Item> mine(Locale locale) {
		return this.notifications.myInbox(NotificationCategory.BOOKING)
			.stream()
			.map(entry -> new Item(entry.id(), entry.title(locale), entry.body(locale), entry.link(), entry.createdAt(),
					entry.isUnread()))
			.toList();
	}

	@Override
	public void markRead(Collection<Long> ids) {
		if (this.notifications.currentAccountId().isPresent()) {
			ids.forEach(this.notifications::markRead);
		}
	}

}
