package de.norderstedt.go.ideas;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the e-mail addresses people without an account left with their ideas, a set
 * time after the idea was decided. Deleting twice, or on several instances at once,
 * deletes nothing more.
 */
@Component
class ContactRetention implements RetentionJob {

	private final IdeaRepository ideas;

	private final RetentionProperties retention;

	private final Clock clock;

	ContactRetention(IdeaRepository ideas, RetentionProperties retention, Clock clock) {
		this.ideas = ideas;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.IDEA_CONTACTS;
	}

	/**
	 * @return how many addresses were deleted
	 */
	@Override
	@Transactional
	public int apply() {
		return this.ideas.deleteContactsDecidedBefore(this.clock.instant().minus(this.retention.ideaContacts()));
	}

}
