package de.norderstedt.go.accounts;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.USER_CREDENTIALS;
import static de.norderstedt.go.db.Tables.USER_ENTITIES;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads and removes a person's passkeys in Spring Security's tables (which its JDBC
 * repositories write), by account.
 */
@Repository
class PasskeyRepository {

	private final DSLContext dsl;

	PasskeyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Passkey> findByAccount(long accountId) {
		return this.dsl
			.select(USER_CREDENTIALS.CREDENTIAL_ID, USER_CREDENTIALS.LABEL, USER_CREDENTIALS.CREATED,
					USER_CREDENTIALS.LAST_USED)
			.from(USER_CREDENTIALS)
			.join(USER_ENTITIES)
			.on(USER_ENTITIES.ID.eq(USER_CREDENTIALS.USER_ENTITY_USER_ID))
			.join(ACCOUNT)
			.on(ACCOUNT.USERNAME.eq(USER_ENTITIES.NAME))
			.where(ACCOUNT.ID.eq(accountId))
			.orderBy(USER_CREDENTIALS.CREATED, USER_CREDENTIALS.CREDENTIAL_ID)
			.fetch(row -> new Passkey(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	/** Removes one of the account's passkeys; false when it has none of that id. */
	boolean delete(long accountId, String credentialId) {
		return this.dsl.deleteFrom(USER_CREDENTIALS)
			.where(USER_CREDENTIALS.CREDENTIAL_ID.eq(credentialId))
			.and(USER_CREDENTIALS.USER_ENTITY_USER_ID.in(this.dsl.select(USER_ENTITIES.ID)
				.from(USER_ENTITIES)
				.join(ACCOUNT)
				.on(ACCOUNT.USERNAME.eq(USER_ENTITIES.NAME))
				.where(ACCOUNT.ID.eq(accountId))))
			.execute() > 0;
	}

}
