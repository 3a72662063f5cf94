package de.norderstedt.go.feedback;

import static de.norderstedt.go.db.Tables.ACCESSIBILITY_FEEDBACK;

import java.util.List;
import java.util.Objects;

import de.norderstedt.go.accounts.Language;

import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

	private final DSLContext dsl;

	FeedbackRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(String message, @Nullable String name, @Nullable String contact, @Nullable String page,
			Language language, @Nullable Long accountId) {
		return Objects.requireNonNull(this.dsl.insertInto(ACCESSIBILITY_FEEDBACK)
			.set(ACCESSIBILITY_FEEDBACK.MESSAGE, message)
			.set(ACCESSIBILITY_FEEDBACK.NAME, name)
			.set(ACCESSIBILITY_FEEDBACK.CONTACT, contact)
			.set(ACCESSIBILITY_FEEDBACK.PAGE, page)
			.set(ACCESSIBILITY_FEEDBACK.LANGUAGE, language)
			.set(ACCESSIBILITY_FEEDBACK.ACCOUNT_ID, accountId)
			.returning(ACCESSIBILITY_FEEDBACK.ID)
			.fetchSingle(ACCESSIBILITY_FEEDBACK.ID));
	}

	List<Feedback> findNewestFirst(int limit) {
		return this.dsl.selectFrom(ACCESSIBILITY_FEEDBACK)
			.orderBy(ACCESSIBILITY_FEEDBACK.CREATED_AT.desc(), ACCESSIBILITY_FEEDBACK.ID.desc())
			.limit(limit)
			.fetch(r -> new Feedback(r.getId(), r.getMessage(), r.getName(), r.getContact(), r.getPage(),
					r.getLanguage(), r.getCreatedAt()));
	}

}
