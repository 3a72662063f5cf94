package de.norderstedt.go.tutorials;

import static de.norderstedt.go.db.Tables.TUTORIAL_PROGRESS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ProgressRepository {

	record AccountProgress(long accountId, Progress progress) {
	}

	private final DSLContext dsl;

	ProgressRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Progress> of(long accountId) {
		return this.dsl.selectFrom(TUTORIAL_PROGRESS)
			.where(TUTORIAL_PROGRESS.ACCOUNT_ID.eq(accountId))
			.fetch(r -> new Progress(r.getTutorial(), r.getStep(), r.getFinishedAt()));
	}

	Map<Long, List<Progress>> of(Collection<Long> accountIds) {
		return this.dsl.selectFrom(TUTORIAL_PROGRESS)
			.where(TUTORIAL_PROGRESS.ACCOUNT_ID.in(accountIds))
			.fetch(r -> new AccountProgress(r.getAccountId(),
					new Progress(r.getTutorial(), r.getStep(), r.getFinishedAt())))
			.stream()
			.collect(Collectors.groupingBy(AccountProgress::accountId,
					Collectors.mapping(AccountProgress::progress, Collectors.toList())));
	}

	/**
	 * Keeps the step a learner is at and, when given, that they finished. A tutorial once
	 * finished stays finished when it is done again; the first finish is the one that
	 * counts.
	 */
	void save(long accountId, String tutorial, String step, boolean finished, Instant now) {
		this.dsl.insertInto(TUTORIAL_PROGRESS)
			.set(TUTORIAL_PROGRESS.ACCOUNT_ID, accountId)
			.set(TUTORIAL_PROGRESS.TUTORIAL, tutorial)
			.set(TUTORIAL_PROGRESS.STEP, step)
			.set(TUTORIAL_PROGRESS.FINISHED_AT, finished ? now : null)
			.set(TUTORIAL_PROGRESS.UPDATED_AT, now)
			.onConflict(TUTORIAL_PROGRESS.ACCOUNT_ID, TUTORIAL_PROGRESS.TUTORIAL)
			.doUpdate()
			.set(TUTORIAL_PROGRESS.STEP, step)
			.set(TUTORIAL_PROGRESS.FINISHED_AT,
					finished ? DSL.coalesce(TUTORIAL_PROGRESS.FINISHED_AT, DSL.val(now))
							: TUTORIAL_PROGRESS.FINISHED_AT)
			.set(TUTORIAL_PROGRESS.UPDATED_AT, now)
			.execute();
	}

}
