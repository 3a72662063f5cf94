package de.norderstedt.go.news;

/**
 * What happens to announcements. They go through the event publication registry, so
 * notifications are never lost; each is published exactly once.
 */
public final class NewsEvents {

	private NewsEvents() {
	}

	/** An announcement went out, at once or at its set time. */
	public record AnnouncementPublished(long announcementId, boolean urgent) {
	}

	/** An editor withdrew an announcement; it is no longer shown. */
	public record AnnouncementWithdrawn(long announcementId) {
	}

}
