package de.norderstedt.go.ideas;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the e-mail addresses people without an account left with their ideas, a set
 * time after the idea was decided. Deleting twice, or on several instances at once,
 * deletes nothing more.
 */
@Component
class ContactRetention {

	private final IdeaRepository ideas;

	private final IdeasProperties properties;

	private final Clock clock;

	ContactRetention(IdeaRepository ideas, IdeasProperties properties, Clock clock) {
		this.ideas = ideas;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many addresses were deleted
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@Transactional
	public int deleteExpired() {
		return this.ideas.deleteContactsDecidedBefore(this.clock.instant().minus(this.properties.contactRetention()));
	}

}
