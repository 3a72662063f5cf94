package de.norderstedt.go.ideas;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the names of the people staff entered ideas for (workshops, paper forms) as
 * long after the idea was decided as the e-mail addresses of people without an account
 * ({@code go.privacy.retention.idea-contacts}): the name is kept to tell them the
 * decision. A name the person chose to show with the idea stays, as on any idea. Running
 * twice, or on several instances at once, deletes nothing more.
 */
@Component
class CapturedNameRetention implements RetentionJob {

	private final WorkshopRepository workshops;

	private final RetentionProperties retention;

	private final Clock clock;

	CapturedNameRetention(WorkshopRepository workshops, RetentionProperties retention, Clock clock) {
		this.workshops = workshops;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.IDEA_CONTACTS;
	}

	/**
	 * @return how many names were deleted
	 */
	@Override
	@Transactional
	public int apply() {
		return this.workshops.forgetNamesDecidedBefore(this.clock.instant().minus(this.retention.ideaContacts()));
	}

}
