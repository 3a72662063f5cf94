package de.norderstedt.go.feedback;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes feedback on accessibility (the message, the name and the contact left with it)
 * a set time after it was sent ({@code go.privacy.retention.feedback}). Running twice, or
 * on several instances at once, changes nothing more.
 */
@Component
class FeedbackRetention implements RetentionJob {

	private final FeedbackRepository feedback;

	private final RetentionProperties retention;

	private final Clock clock;

	FeedbackRetention(FeedbackRepository feedback, RetentionProperties retention, Clock clock) {
		this.feedback = feedback;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.FEEDBACK;
	}

	@Override
	@Transactional
	public int apply() {
		return this.feedback.deleteSentBefore(this.clock.instant().minus(this.retention.feedback()));
	}

}
