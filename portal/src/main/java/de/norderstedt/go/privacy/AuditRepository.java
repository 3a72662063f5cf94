package de.norderstedt.go.privacy;

import static de.norderstedt.go.db.Tables.AUDIT_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private final DSLContext dsl;

	AuditRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Keeps an entry once per event: a second delivery of the same event stores nothing.
	 * @return whether it was new
	 */
	boolean insert(UUID eventId, Instant at, AuditKind kind, AuditOutcome outcome, @Nullable Long accountId,
			@Nullable Long actorId, @Nullable String detail) {
		return this.dsl.insertInto(AUDIT_ENTRY)
			.set(AUDIT_ENTRY.EVENT_ID, eventId)
			.set(AUDIT_ENTRY.OCCURRED_AT, at)
			.set(AUDIT_ENTRY.KIND, kind)
			.set(AUDIT_ENTRY.OUTCOME, outcome)
			.set(AUDIT_ENTRY.ACCOUNT_ID, accountId)
			.set(AUDIT_ENTRY.ACTOR_ID, actorId)
			.set(AUDIT_ENTRY.DETAIL, detail)
			.onConflict(AUDIT_ENTRY.EVENT_ID)
			.doNothing()
			.execute() == 1;
	}

	/** The entries that match, newest first. */
	List<StoredEntry> find(Criteria criteria, int offset, int limit) {
		return this.dsl.selectFrom(AUDIT_ENTRY)
			.where(condition(criteria))
			.orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
			.offset(offset)
			.limit(limit)
			.fetch(r -> new StoredEntry(r.getId(), r.getOccurredAt(), r.getKind(), r.getOutcome(), r.getAccountId(),
					r.getActorId(), r.getDetail()));
	}

	long count(Criteria criteria) {
		return this.dsl.fetchCount(AUDIT_ENTRY, condition(criteria));
	}

	/**
	 * @return how many entries went
	 */
	int deleteOlderThan(Instant cutoff) {
		return this.dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.OCCURRED_AT.lt(cutoff)).execute();
	}

	private static Condition condition(Criteria criteria) {
		Condition condition = AUDIT_ENTRY.OCCURRED_AT.ge(criteria.from())
			.and(AUDIT_ENTRY.OCCURRED_AT.lt(criteria.until()));
		if (criteria.kind() != null) {
			condition = condition.and(AUDIT_ENTRY.KIND.eq(criteria.kind()));
		}
		Long accountId = criteria.accountId();
		if (accountId != null) {
			condition = condition.and(AUDIT_ENTRY.ACCOUNT_ID.eq(accountId).or(AUDIT_ENTRY.ACTOR_ID.eq(accountId)));
		}
		return condition;
	}

	/** A filter resolved to what the table holds: times and an account id. */
	record Criteria(@Nullable AuditKind kind, @Nullable Long accountId, Instant from, Instant until) {
	}

	record StoredEntry(long id, Instant occurredAt, AuditKind kind, AuditOutcome outcome, @Nullable Long accountId,
			@Nullable Long actorId, @Nullable String detail) {
	}

}
