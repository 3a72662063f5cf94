package de.norderstedt.go.notifications;

import java.util.Locale;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsEvents;
import de.norderstedt.go.news.NewsService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the people who follow an announcement's areas and districts about it. */
@Component
class NewsMessages {

	private final NewsService news;

	private final Notifier notifier;

	NewsMessages(NewsService news, Notifier notifier) {
		this.news = news;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(NewsEvents.AnnouncementPublished event) {
		this.news.announcement(event.announcementId())
			.filter(announcement -> !announcement.isWithdrawn())
			.ifPresent(announcement -> this.notifier.notify(this.news.recipients(announcement.id()),
					NotificationCategory.NEWS, source(announcement.id()), message(announcement), announcement.urgent(),
					false));
	}

	@ApplicationModuleListener
	void on(NewsEvents.AnnouncementWithdrawn event) {
		this.notifier.withdraw(source(event.announcementId()));
	}

	private static Message message(Announcement announcement) {
		return new Message(announcement.title(Locale.GERMAN), plain(announcement.body(Locale.GERMAN)),
				announcement.title(Locale.ENGLISH), plain(announcement.body(Locale.ENGLISH)),
				"/neuigkeiten/" + announcement.id());
	}

	/** Push messages and e-mails are plain text: the bold markers go. */
	private static String plain(String body) {
		return body.replace("**", "");
	}

	private static String source(long announcementId) {
		return "announcement:" + announcementId;
	}

}
