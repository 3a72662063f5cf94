package de.norderstedt.go.notifications;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the e-mail addresses nobody confirmed a set time after the last confirmation
 * link went out ({@code go.privacy.retention.unconfirmed-emails}), with the link's hash.
 * The address stays in the account's settings, where the person can ask for a new link;
 * an idea's contact address then receives nothing. One statement: deleting twice, or on
 * several instances at once, deletes nothing more.
 */
@Component
class UnconfirmedEmailRetention implements RetentionJob {

	private final EmailConsentRepository consents;

	private final RetentionProperties retention;

	private final Clock clock;

	UnconfirmedEmailRetention(EmailConsentRepository consents, RetentionProperties retention, Clock clock) {
		this.consents = consents;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.UNCONFIRMED_EMAILS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.consents.deleteUnconfirmedBefore(this.clock.instant().minus(this.retention.unconfirmedEmails()));
	}

}
