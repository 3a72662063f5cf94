package de.norderstedt.go.privacy;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes event publications a set time after they were handled. */
@Component
class CompletedEventRetention implements RetentionJob {

	private final EventPublicationRepository publications;

	private final RetentionProperties retention;

	private final Clock clock;

	CompletedEventRetention(EventPublicationRepository publications, RetentionProperties retention, Clock clock) {
		this.publications = publications;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.EVENT_PUBLICATIONS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.publications.deleteCompletedBefore(this.clock.instant().minus(this.retention.eventPublications()));
	}

}
