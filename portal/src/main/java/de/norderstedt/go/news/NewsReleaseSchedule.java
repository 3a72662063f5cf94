package de.norderstedt.go.news;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the releases every 15 seconds ({@code go.news.release-interval}); off with
 * {@code go.news.releases=false} (tests release on demand).
 */
@Component
@ConditionalOnBooleanProperty(name = "go.news.releases", matchIfMissing = true)
class NewsReleaseSchedule {

	private final NewsReleases releases;

	NewsReleaseSchedule(NewsReleases releases) {
		this.releases = releases;
	}

	@Scheduled(fixedDelayString = "${go.news.release-interval:PT15S}", initialDelayString = "PT10S")
	void release() {
		this.releases.releaseDue();
	}

}
