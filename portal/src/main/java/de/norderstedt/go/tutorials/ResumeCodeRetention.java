package de.norderstedt.go.tutorials;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes tutorial resume codes (where someone stopped in which tutorial) when they
 * expire, {@code go.privacy.retention.tutorial-resume-codes} after they were made (the
 * validity a code gets when it is made), and the links of scan practices that ended.
 * Running twice, or on several instances at once, changes nothing more.
 */
@Component
class ResumeCodeRetention implements RetentionJob {

	private final ResumeCodeRepository resumeCodes;

	private final ScanCheckRepository scanChecks;

	private final Clock clock;

	ResumeCodeRetention(ResumeCodeRepository resumeCodes, ScanCheckRepository scanChecks, Clock clock) {
		this.resumeCodes = resumeCodes;
		this.scanChecks = scanChecks;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.TUTORIAL_RESUME_CODES;
	}

	@Override
	@Transactional
	public int apply() {
		return this.resumeCodes.deleteExpired(this.clock.instant())
				+ this.scanChecks.deleteExpired(this.clock.instant());
	}

}
