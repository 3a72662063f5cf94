package de.norderstedt.go.ideas;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes residents' reports a set time after a moderator decided about them, and
 * comments a moderator rejected after the same time (kept that long so their writer can
 * still find them in an export). Deleting twice, or on several instances at once, deletes
 * nothing more.
 */
@Component
class ReportRetention implements RetentionJob {

	private final CommentRepository comments;

	private final RetentionProperties retention;

	private final Clock clock;

	ReportRetention(CommentRepository comments, RetentionProperties retention, Clock clock) {
		this.comments = comments;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.IDEA_REPORTS;
	}

	/**
	 * @return how many reports and rejected comments were deleted
	 */
	@Override
	@Transactional
	public int apply() {
		var before = this.clock.instant().minus(this.retention.ideaReports());
		return this.comments.deleteReviewedBefore(before) + this.comments.deleteRejectedBefore(before);
	}

}
