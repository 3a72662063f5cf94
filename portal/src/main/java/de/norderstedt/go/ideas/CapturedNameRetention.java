package de.norderstedt.go.ideas;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the names of the people staff entered ideas for (workshops, paper forms) as
 * long after the idea was decided as the e-mail addresses of people without an account
 * ({@code go.ideas.contact-retention}): the name is kept to tell them the decision. A
 * name the person chose to show with the idea stays, as on any idea. Running twice, or on
 * several instances at once, deletes nothing more.
 */
@Component
class CapturedNameRetention {

	private final WorkshopRepository workshops;

	private final IdeasProperties properties;

	private final Clock clock;

	CapturedNameRetention(WorkshopRepository workshops, IdeasProperties properties, Clock clock) {
		this.workshops = workshops;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many names were deleted
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	@Transactional
	public int deleteExpired() {
		return this.workshops.forgetNamesDecidedBefore(this.clock.instant().minus(this.properties.contactRetention()));
	}

}
