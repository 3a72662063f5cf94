package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_COMMENT;
import static de.norderstedt.go.db.Tables.IDEA_REPORT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Comments on ideas and the reports of residents about ideas and comments. */
@Repository
class CommentRepository {

	private final DSLContext dsl;

	CommentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(long ideaId, long accountId, String body, Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(IDEA_COMMENT)
			.set(IDEA_COMMENT.IDEA_ID, ideaId)
			.set(IDEA_COMMENT.ACCOUNT_ID, accountId)
			.set(IDEA_COMMENT.BODY, body)
			.set(IDEA_COMMENT.CREATED_AT, now)
			.returning(IDEA_COMMENT.ID)
			.fetchSingle(IDEA_COMMENT.ID));
	}

	/** The comments a moderator let through and nobody's reports hid, oldest first. */
	List<IdeaComment> shown(long ideaId) {
		return this.dsl.select(IDEA_COMMENT.ID, IDEA_COMMENT.IDEA_ID, IDEA_COMMENT.BODY, IDEA_COMMENT.CREATED_AT)
			.from(IDEA_COMMENT)
			.where(IDEA_COMMENT.IDEA_ID.eq(ideaId))
			.and(IDEA_COMMENT.PUBLISHED_AT.isNotNull())
			.and(IDEA_COMMENT.HIDDEN_AT.isNull())
			.orderBy(IDEA_COMMENT.CREATED_AT, IDEA_COMMENT.ID)
			.fetch(r -> new IdeaComment(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** Comments waiting for a moderator, oldest first, with the idea's title. */
	List<ReportedThing> waiting(int limit) {
		return this.dsl.select(IDEA_COMMENT.ID, IDEA_COMMENT.IDEA_ID, IDEA.TITLE, IDEA_COMMENT.BODY)
			.from(IDEA_COMMENT)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_COMMENT.IDEA_ID))
			.where(IDEA_COMMENT.PUBLISHED_AT.isNull().and(IDEA_COMMENT.REJECTED_AT.isNull()))
			.orderBy(IDEA_COMMENT.CREATED_AT)
			.limit(limit)
			.fetch(r -> new ReportedThing(r.value2(), r.value3(), r.value1(), r.value4(), false, List.of()));
	}

	/** Lets a waiting comment through or rejects it: true when it was waiting. */
	boolean decide(long commentId, boolean publish, Instant now) {
		return this.dsl.update(IDEA_COMMENT)
			.set(publish ? IDEA_COMMENT.PUBLISHED_AT : IDEA_COMMENT.REJECTED_AT, now)
			.where(IDEA_COMMENT.ID.eq(commentId))
			.and(IDEA_COMMENT.PUBLISHED_AT.isNull().and(IDEA_COMMENT.REJECTED_AT.isNull()))
			.execute() == 1;
	}

	/**
	 * The idea of a shown comment, the comment's row locked until the transaction ends.
	 */
	Optional<Long> lockShownComment(long commentId) {
		return this.dsl.select(IDEA_COMMENT.IDEA_ID)
			.from(IDEA_COMMENT)
			.where(IDEA_COMMENT.ID.eq(commentId).and(IDEA_COMMENT.PUBLISHED_AT.isNotNull()))
			.forUpdate()
			.fetchOptional(IDEA_COMMENT.IDEA_ID);
	}

	/**
	 * One open report of the account about the idea or the comment: true when new.
	 */
	boolean report(@Nullable Long ideaId, @Nullable Long commentId, long accountId, String reason, Instant now) {
		return this.dsl.insertInto(IDEA_REPORT)
			.set(IDEA_REPORT.IDEA_ID, ideaId)
			.set(IDEA_REPORT.COMMENT_ID, commentId)
			.set(IDEA_REPORT.ACCOUNT_ID, accountId)
			.set(IDEA_REPORT.REASON, reason)
			.set(IDEA_REPORT.AT, now)
			.onConflictDoNothing()
			.execute() == 1;
	}

	int openReports(@Nullable Long ideaId, @Nullable Long commentId) {
		return this.dsl.fetchCount(IDEA_REPORT, about(ideaId, commentId).and(IDEA_REPORT.REVIEWED_AT.isNull()));
	}

	void hideIdea(long ideaId, Instant now) {
		this.dsl.update(IDEA).set(IDEA.HIDDEN_AT, now).where(IDEA.ID.eq(ideaId).and(IDEA.HIDDEN_AT.isNull())).execute();
	}

	void hideComment(long commentId, Instant now) {
		this.dsl.update(IDEA_COMMENT)
			.set(IDEA_COMMENT.HIDDEN_AT, now)
			.where(IDEA_COMMENT.ID.eq(commentId).and(IDEA_COMMENT.HIDDEN_AT.isNull()))
			.execute();
	}

	/** Shows a hidden idea or comment again. */
	void restore(@Nullable Long ideaId, @Nullable Long commentId) {
		if (commentId != null) {
			this.dsl.update(IDEA_COMMENT)
				.set(IDEA_COMMENT.HIDDEN_AT, (Instant) null)
				.where(IDEA_COMMENT.ID.eq(commentId))
				.execute();
		}
		else if (ideaId != null) {
			this.dsl.update(IDEA).set(IDEA.HIDDEN_AT, (Instant) null).where(IDEA.ID.eq(ideaId)).execute();
		}
	}

	/** Marks the open reports about the idea or comment as decided: how many. */
	int review(@Nullable Long ideaId, @Nullable Long commentId, Instant now) {
		return this.dsl.update(IDEA_REPORT)
			.set(IDEA_REPORT.REVIEWED_AT, now)
			.where(about(ideaId, commentId).and(IDEA_REPORT.REVIEWED_AT.isNull()))
			.execute();
	}

	/** Everything with open reports, the hidden first, then the oldest report first. */
	List<ReportedThing> reported(int limit) {
		var reports = this.dsl
			.select(IDEA_REPORT.IDEA_ID, IDEA_REPORT.COMMENT_ID, IDEA_REPORT.REASON, IDEA.ID, IDEA.TITLE,
					IDEA.HIDDEN_AT, IDEA_COMMENT.BODY, IDEA_COMMENT.HIDDEN_AT)
			.from(IDEA_REPORT)
			.leftJoin(IDEA_COMMENT)
			.on(IDEA_COMMENT.ID.eq(IDEA_REPORT.COMMENT_ID))
			.join(IDEA)
			.on(IDEA.ID.eq(DSL.coalesce(IDEA_REPORT.IDEA_ID, IDEA_COMMENT.IDEA_ID)))
			.where(IDEA_REPORT.REVIEWED_AT.isNull())
			.orderBy(IDEA_REPORT.AT, IDEA_REPORT.ID)
			.limit(limit * 10)
			.fetch();
		List<ReportedThing> things = new ArrayList<>();
		Map<String, List<String>> reasons = new LinkedHashMap<>();
		Map<String, ReportedThing> byKey = new LinkedHashMap<>();
		for (var r : reports) {
			Long commentId = r.value2();
			String key = commentId != null ? "c" + commentId : "i" + r.value4();
			reasons.computeIfAbsent(key, k -> new ArrayList<>()).add(r.value3());
			byKey.computeIfAbsent(key,
					k -> new ReportedThing(Objects.requireNonNull(r.value4()), Objects.requireNonNull(r.value5()),
							commentId, commentId != null ? Objects.requireNonNull(r.value7()) : r.value5(),
							(commentId != null ? r.value8() : r.value6()) != null, List.of()));
		}
		byKey.forEach((key, thing) -> things.add(new ReportedThing(thing.ideaId(), thing.ideaTitle(), thing.commentId(),
				thing.text(), thing.hidden(), Objects.requireNonNull(reasons.get(key)))));
		return things.stream().sorted(Comparator.comparing((ReportedThing t) -> !t.hidden())).limit(limit).toList();
	}

	/** Deletes reports decided before the time: how many. */
	int deleteReviewedBefore(Instant before) {
		return this.dsl.deleteFrom(IDEA_REPORT).where(IDEA_REPORT.REVIEWED_AT.lt(before)).execute();
	}

	/** Deletes comments rejected before the time: how many. */
	int deleteRejectedBefore(Instant before) {
		return this.dsl.deleteFrom(IDEA_COMMENT).where(IDEA_COMMENT.REJECTED_AT.lt(before)).execute();
	}

	private static Condition about(@Nullable Long ideaId, @Nullable Long commentId) {
		return commentId != null ? IDEA_REPORT.COMMENT_ID.eq(commentId)
				: IDEA_REPORT.IDEA_ID.eq(Objects.requireNonNull(ideaId));
	}

}
