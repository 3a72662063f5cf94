package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_COMMENT;
import static de.norderstedt.go.db.Tables.IDEA_GROUP_MEMBER;
import static de.norderstedt.go.db.Tables.IDEA_REPORT;
import static de.norderstedt.go.db.Tables.IDEA_SUPPORT;

import java.util.ArrayList;
import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What the ideas feature holds about one account, for its export and its deletion. */
@Repository
class IdeaPersonalDataRepository {

	private final DSLContext dsl;

	IdeaPersonalDataRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The person's ideas, supports, comments and reports, each oldest first. */
	List<DataEntry> forExport(long accountId) {
		List<DataEntry> entries = new ArrayList<>();
		entries.addAll(this.dsl
			.select(IDEA.TITLE, IDEA.PROBLEM, IDEA.PROPOSAL, IDEA.BENEFICIARIES, IDEA.STATE, IDEA.AUTHOR_NAME,
					IDEA.CREATED_AT)
			.from(IDEA)
			.where(IDEA.AUTHOR_ID.eq(accountId))
			.orderBy(IDEA.CREATED_AT, IDEA.ID)
			.fetch(r -> DataEntry.of("kind", "idea", "title", r.value1(), "problem", r.value2(), "proposal", r.value3(),
					"beneficiaries", r.value4(), "state", r.value5(), "shownName", r.value6(), "createdAt",
					r.value7())));
		entries.addAll(this.dsl.select(IDEA.TITLE, IDEA_SUPPORT.AT)
			.from(IDEA_SUPPORT)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_SUPPORT.IDEA_ID))
			.where(IDEA_SUPPORT.ACCOUNT_ID.eq(accountId))
			.orderBy(IDEA_SUPPORT.AT)
			.fetch(r -> DataEntry.of("kind", "support", "title", r.value1(), "createdAt", r.value2())));
		entries.addAll(this.dsl.select(IDEA.TITLE, IDEA_COMMENT.BODY, IDEA_COMMENT.CREATED_AT)
			.from(IDEA_COMMENT)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_COMMENT.IDEA_ID))
			.where(IDEA_COMMENT.ACCOUNT_ID.eq(accountId))
			.orderBy(IDEA_COMMENT.CREATED_AT)
			.fetch(r -> DataEntry.of("kind", "comment", "title", r.value1(), "text", r.value2(), "createdAt",
					r.value3())));
		entries.addAll(this.dsl.select(IDEA_REPORT.REASON, IDEA_REPORT.AT)
			.from(IDEA_REPORT)
			.where(IDEA_REPORT.ACCOUNT_ID.eq(accountId))
			.orderBy(IDEA_REPORT.AT)
			.fetch(r -> DataEntry.of("kind", "report", "text", r.value1(), "createdAt", r.value2())));
		return entries;
	}

	boolean isGroupMember(long accountId) {
		return this.dsl.fetchExists(IDEA_GROUP_MEMBER, IDEA_GROUP_MEMBER.ACCOUNT_ID.eq(accountId));
	}

	/**
	 * Takes back the person's supports: each idea's count goes down with the row that
	 * counted it, under the idea's row lock (as supporting does).
	 */
	void withdrawSupports(long accountId) {
		List<Long> ideas = this.dsl.select(IDEA.ID)
			.from(IDEA)
			.where(IDEA.ID.in(this.dsl.select(IDEA_SUPPORT.IDEA_ID)
				.from(IDEA_SUPPORT)
				.where(IDEA_SUPPORT.ACCOUNT_ID.eq(accountId))))
			.orderBy(IDEA.ID)
			.forUpdate()
			.fetch(IDEA.ID);
		if (ideas.isEmpty()) {
			return;
		}
		this.dsl.deleteFrom(IDEA_SUPPORT).where(IDEA_SUPPORT.ACCOUNT_ID.eq(accountId)).execute();
		this.dsl.update(IDEA).set(IDEA.SUPPORTS, IDEA.SUPPORTS.minus(1)).where(IDEA.ID.in(ideas)).execute();
	}

	/** The person's ideas stay, shown by a pseudonym instead of the name they chose. */
	void unnameIdeas(long accountId) {
		this.dsl.update(IDEA).setNull(IDEA.AUTHOR_NAME).where(IDEA.AUTHOR_ID.eq(accountId)).execute();
	}

}
