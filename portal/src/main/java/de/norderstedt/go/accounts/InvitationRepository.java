package de.norderstedt.go.accounts;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.ACCOUNT_INVITATION;
import static de.norderstedt.go.db.Tables.ACCOUNT_ROLE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	static final String FIRST_ADMIN = "FIRST_ADMIN";

	private final DSLContext dsl;

	InvitationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Serializes the first admin's setup across instances until the transaction ends: one
	 * instance at a time checks for an admin and writes or uses a link.
	 */
	void lock() {
		this.dsl.execute("LOCK TABLE account_invitation IN SHARE ROW EXCLUSIVE MODE");
	}

	boolean anyAdmin() {
		return this.dsl.fetchExists(this.dsl.selectOne()
			.from(ACCOUNT_ROLE)
			.join(ACCOUNT)
			.on(ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
			.where(ACCOUNT_ROLE.ROLE.eq(Role.ADMIN))
			.and(ACCOUNT.ENABLED));
	}

	/** A new link for the first admin; earlier unused ones stop working. */
	void replaceFirstAdminLink(String tokenHash, Instant now, Instant expires) {
		this.dsl.update(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.USED_AT, now)
			.where(ACCOUNT_INVITATION.PURPOSE.eq(FIRST_ADMIN))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.execute();
		this.dsl.insertInto(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.TOKEN_HASH, tokenHash)
			.set(ACCOUNT_INVITATION.PURPOSE, FIRST_ADMIN)
			.set(ACCOUNT_INVITATION.CREATED_AT, now)
			.set(ACCOUNT_INVITATION.EXPIRES_AT, expires)
			.execute();
	}

	/** Whether the link is one for the first admin that still works. */
	boolean isOpenFirstAdminLink(String tokenHash, Instant now) {
		return this.dsl.fetchExists(ACCOUNT_INVITATION,
				ACCOUNT_INVITATION.TOKEN_HASH.eq(tokenHash)
					.and(ACCOUNT_INVITATION.PURPOSE.eq(FIRST_ADMIN))
					.and(ACCOUNT_INVITATION.USED_AT.isNull())
					.and(ACCOUNT_INVITATION.EXPIRES_AT.gt(now)));
	}

	/** Uses the link: true once, for the first caller. */
	boolean use(String tokenHash, Instant now) {
		return this.dsl.update(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.USED_AT, now)
			.where(ACCOUNT_INVITATION.TOKEN_HASH.eq(tokenHash))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.and(ACCOUNT_INVITATION.EXPIRES_AT.gt(now))
			.execute() == 1;
	}

}
