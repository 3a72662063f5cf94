package de.norderstedt.go.news;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The news events that were committed, from any thread (the test's own event recording
 * only sees its thread).
 */
@Component
public class TestNewsEvents {

	private final List<NewsEvents.AnnouncementPublished> published = new CopyOnWriteArrayList<>();

	private final List<NewsEvents.AnnouncementWithdrawn> withdrawn = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(NewsEvents.AnnouncementPublished event) {
		this.published.add(event);
	}

	@TransactionalEventListener
	void on(NewsEvents.AnnouncementWithdrawn event) {
		this.withdrawn.add(event);
	}

	/** How often the announcement was published (committed). */
	public long publishedCount(long announcementId) {
		return this.published.stream().filter(e -> e.announcementId() == announcementId).count();
	}

	public long withdrawnCount(long announcementId) {
		return this.withdrawn.stream().filter(e -> e.announcementId() == announcementId).count();
	}

}
