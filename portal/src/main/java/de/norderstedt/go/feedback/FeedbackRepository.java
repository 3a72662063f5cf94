package de.norderstedt.go.feedback;

import static de.norderstedt.go.db.Tables.ACCESSIBILITY_FEEDBACK;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import de.norderstedt.go.accounts.Language;

import org.jspecify.annotations.Nullable;
import de.norderstedt.go.accounts.DataEntry;
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

	/** The messages the person sent while signed in, oldest first. */
	List<DataEntry> forExport(long accountId) {
		return this.dsl
			.select(ACCESSIBILITY_FEEDBACK.MESSAGE, ACCESSIBILITY_FEEDBACK.NAME, ACCESSIBILITY_FEEDBACK.CONTACT,
					ACCESSIBILITY_FEEDBACK.PAGE, ACCESSIBILITY_FEEDBACK.CREATED_AT)
			.from(ACCESSIBILITY_FEEDBACK)
			.where(ACCESSIBILITY_FEEDBACK.ACCOUNT_ID.eq(accountId))
			.orderBy(ACCESSIBILITY_FEEDBACK.CREATED_AT, ACCESSIBILITY_FEEDBACK.ID)
			.fetch(r -> DataEntry.of("text", r.value1(), "name", r.value2(), "contact", r.value3(), "page", r.value4(),
					"createdAt", r.value5()));
	}

	/**
	 * The person's messages stay for the city, without the account, the name and the
	 * contact.
	 */
	void forget(long accountId) {
		this.dsl.update(ACCESSIBILITY_FEEDBACK)
			.setNull(ACCESSIBILITY_FEEDBACK.NAME)
			.setNull(ACCESSIBILITY_FEEDBACK.CONTACT)
			.setNull(ACCESSIBILITY_FEEDBACK.ACCOUNT_ID)
			.where(ACCESSIBILITY_FEEDBACK.ACCOUNT_ID.eq(accountId))
			.execute();
	}

	/** Deletes the feedback sent before the time. */
	int deleteSentBefore(Instant before) {
		return this.dsl.deleteFrom(ACCESSIBILITY_FEEDBACK)
			.where(ACCESSIBILITY_FEEDBACK.CREATED_AT.lt(before))
			.execute();
	}

}
