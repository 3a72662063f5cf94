package de.norderstedt.go.news;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes planned announcements when their time has come. Each goes out exactly once,
 * also with several portal instances: the due rows are locked ({@code FOR UPDATE SKIP
 * LOCKED}), marked and their events published in one transaction.
 */
@Component
public class NewsReleases {

	/** At most this many in one run; the next run takes the rest. */
	private static final int BATCH = 100;

	private final NewsRepository news;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NewsReleases(NewsRepository news, ApplicationEventPublisher events, Clock clock) {
		this.news = news;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes the due announcements; returns how many. */
	@Transactional
	public int releaseDue() {
		Instant now = this.clock.instant();
		int released = 0;
		for (NewsRepository.Due due : this.news.lockDue(now, BATCH)) {
			if (this.news.markPublished(due.id(), now)) {
				this.events.publishEvent(new NewsEvents.AnnouncementPublished(due.id(), due.urgent()));
				released++;
			}
		}
		return released;
	}

}
