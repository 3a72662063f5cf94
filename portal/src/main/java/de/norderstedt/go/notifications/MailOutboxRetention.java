package de.norderstedt.go.notifications;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the copies of e-mails (recipient, subject, text) a set time after they were
 * made ({@code go.privacy.retention.mail-outbox}). Running twice, or on several instances
 * at once, changes nothing more.
 */
@Component
class MailOutboxRetention implements RetentionJob {

	private final MailOutboxRepository outbox;

	private final RetentionProperties retention;

	private final Clock clock;

	MailOutboxRetention(MailOutboxRepository outbox, RetentionProperties retention, Clock clock) {
		this.outbox = outbox;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.MAIL_OUTBOX;
	}

	@Override
	@Transactional
	public int apply() {
		return this.outbox.deleteMadeBefore(this.clock.instant().minus(this.retention.mailOutbox()));
	}

}
