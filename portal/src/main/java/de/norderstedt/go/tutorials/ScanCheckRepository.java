package de.norderstedt.go.tutorials;

import static de.norderstedt.go.db.Tables.TUTORIAL_SCAN_CHECK;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ScanCheckRepository {

	record Check(String tutorial, String step) {
	}

	private final DSLContext dsl;

	ScanCheckRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(String token, String tutorial, String step, Instant now, Instant expiresAt) {
		this.dsl.insertInto(TUTORIAL_SCAN_CHECK)
			.set(TUTORIAL_SCAN_CHECK.TOKEN, token)
			.set(TUTORIAL_SCAN_CHECK.TUTORIAL, tutorial)
			.set(TUTORIAL_SCAN_CHECK.STEP, step)
			.set(TUTORIAL_SCAN_CHECK.CREATED_AT, now)
			.set(TUTORIAL_SCAN_CHECK.EXPIRES_AT, expiresAt)
			.execute();
	}

	/**
	 * Marks an unexpired check scanned (again, harmlessly); empty when unknown or over.
	 */
	Optional<Check> scan(String token, Instant now) {
		return this.dsl.update(TUTORIAL_SCAN_CHECK)
			.set(TUTORIAL_SCAN_CHECK.SCANNED_AT, now)
			.where(TUTORIAL_SCAN_CHECK.TOKEN.eq(token))
			.and(TUTORIAL_SCAN_CHECK.EXPIRES_AT.gt(now))
			.returning(TUTORIAL_SCAN_CHECK.TUTORIAL, TUTORIAL_SCAN_CHECK.STEP)
			.fetchOptional(r -> new Check(r.getTutorial(), r.getStep()));
	}

	boolean scanned(String token) {
		return this.dsl.fetchExists(TUTORIAL_SCAN_CHECK,
				TUTORIAL_SCAN_CHECK.TOKEN.eq(token).and(TUTORIAL_SCAN_CHECK.SCANNED_AT.isNotNull()));
	}

	int deleteExpired(Instant now) {
		return this.dsl.deleteFrom(TUTORIAL_SCAN_CHECK).where(TUTORIAL_SCAN_CHECK.EXPIRES_AT.le(now)).execute();
	}

}
