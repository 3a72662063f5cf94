package de.norderstedt.go.app;

import static de.norderstedt.go.db.Tables.APP_OWNER_KEY;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AppOwnerRepository {

	private final DSLContext dsl;

	AppOwnerRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<String> find(long accountId) {
		return this.dsl.select(APP_OWNER_KEY.OWNER_KEY)
			.from(APP_OWNER_KEY)
			.where(APP_OWNER_KEY.ACCOUNT_ID.eq(accountId))
			.fetchOptional(APP_OWNER_KEY.OWNER_KEY);
	}

	Optional<Instant> createdAt(long accountId) {
		return this.dsl.select(APP_OWNER_KEY.CREATED_AT)
			.from(APP_OWNER_KEY)
			.where(APP_OWNER_KEY.ACCOUNT_ID.eq(accountId))
			.fetchOptional(APP_OWNER_KEY.CREATED_AT);
	}

	/** Stores the key unless the account has one already (two pages at once). */
	void insertIfAbsent(long accountId, String key, Instant now) {
		this.dsl.insertInto(APP_OWNER_KEY)
			.set(APP_OWNER_KEY.ACCOUNT_ID, accountId)
			.set(APP_OWNER_KEY.OWNER_KEY, key)
			.set(APP_OWNER_KEY.CREATED_AT, now)
			.onConflict(APP_OWNER_KEY.ACCOUNT_ID)
			.doNothing()
			.execute();
	}

}
