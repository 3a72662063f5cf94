package de.norderstedt.go.ideas;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes residents' reports a set time after a moderator decided about them, and
 * comments a moderator rejected after the same time (kept that long so their writer can
 * still find them in an export). Deleting twice, or on several instances at once, deletes
 * nothing more.
 */
@Component
class ReportRetention {

	private final CommentRepository comments;

	private final IdeasProperties properties;

	private final Clock clock;

	ReportRetention(CommentRepository comments, IdeasProperties properties, Clock clock) {
		this.comments = comments;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many reports and rejected comments were deleted
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	@Transactional
	public int deleteExpired() {
		var before = this.clock.instant().minus(this.properties.reportRetention());
		return this.comments.deleteReviewedBefore(before) + this.comments.deleteRejectedBefore(before);
	}

}
