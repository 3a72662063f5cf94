package de.norderstedt.go.tutorials;

import static de.norderstedt.go.db.Tables.TUTORIAL_RESUME_CODE;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ResumeCodeRepository {

	private final DSLContext dsl;

	ResumeCodeRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Stores the code unless it is taken; false when taken. */
	boolean insert(ResumeCode code, Instant now) {
		return this.dsl.insertInto(TUTORIAL_RESUME_CODE)
			.set(TUTORIAL_RESUME_CODE.CODE, code.code())
			.set(TUTORIAL_RESUME_CODE.TUTORIAL, code.tutorial())
			.set(TUTORIAL_RESUME_CODE.STEP, code.step())
			.set(TUTORIAL_RESUME_CODE.CREATED_AT, now)
			.set(TUTORIAL_RESUME_CODE.EXPIRES_AT, code.expiresAt())
			.onConflictDoNothing()
			.execute() == 1;
	}

	Optional<ResumeCode> findValid(String code, Instant now) {
		return this.dsl.selectFrom(TUTORIAL_RESUME_CODE)
			.where(TUTORIAL_RESUME_CODE.CODE.eq(code))
			.and(TUTORIAL_RESUME_CODE.EXPIRES_AT.gt(now))
			.fetchOptional(r -> new ResumeCode(r.getCode(), r.getTutorial(), r.getStep(), r.getExpiresAt()));
	}

	int deleteExpired(Instant now) {
		return this.dsl.deleteFrom(TUTORIAL_RESUME_CODE).where(TUTORIAL_RESUME_CODE.EXPIRES_AT.le(now)).execute();
	}

}
