package de.norderstedt.go.privacy;

import static de.norderstedt.go.db.Tables.EVENT_PUBLICATION;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Spring Modulith's event publication registry (the outbox between features): events
 * carry ids of people and sometimes what they typed, so handled ones do not stay.
 */
@Repository
class EventPublicationRepository {

	private final DSLContext dsl;

	EventPublicationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Deletes the publications handled before the time; unhandled ones always stay. */
	int deleteCompletedBefore(Instant before) {
		return this.dsl.deleteFrom(EVENT_PUBLICATION).where(EVENT_PUBLICATION.COMPLETION_DATE.lt(before)).execute();
	}

}
