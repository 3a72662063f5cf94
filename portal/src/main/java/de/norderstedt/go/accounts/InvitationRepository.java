package de.norderstedt.go.accounts;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.ACCOUNT_INVITATION;
import static de.norderstedt.go.db.Tables.ACCOUNT_ROLE;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	private static final InvitationPurpose FIRST_ADMIN = InvitationPurpose.FIRST_ADMIN;

	private static final InvitationPurpose ACCOUNT_SETUP = InvitationPurpose.ACCOUNT_SETUP;

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

	/** A new link for an account; its earlier unused ones stop working. */
	void replaceAccountLink(long accountId, String tokenHash, Instant now, Instant expires) {
		this.dsl.update(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.USED_AT, now)
			.where(ACCOUNT_INVITATION.ACCOUNT_ID.eq(accountId))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.execute();
		this.dsl.insertInto(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.TOKEN_HASH, tokenHash)
			.set(ACCOUNT_INVITATION.PURPOSE, ACCOUNT_SETUP)
			.set(ACCOUNT_INVITATION.ACCOUNT_ID, accountId)
			.set(ACCOUNT_INVITATION.CREATED_AT, now)
			.set(ACCOUNT_INVITATION.EXPIRES_AT, expires)
			.execute();
	}

	/** The account an account link that still works belongs to. */
	Optional<Long> openAccountLink(String tokenHash, Instant now) {
		return this.dsl.select(ACCOUNT_INVITATION.ACCOUNT_ID)
			.from(ACCOUNT_INVITATION)
			.where(ACCOUNT_INVITATION.TOKEN_HASH.eq(tokenHash))
			.and(ACCOUNT_INVITATION.PURPOSE.eq(ACCOUNT_SETUP))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.and(ACCOUNT_INVITATION.EXPIRES_AT.gt(now))
			.fetchOptional(ACCOUNT_INVITATION.ACCOUNT_ID);
	}

	/** Uses an account link: its account, once, for the first caller. */
	Optional<Long> useAccountLink(String tokenHash, Instant now) {
		return this.dsl.update(ACCOUNT_INVITATION)
			.set(ACCOUNT_INVITATION.USED_AT, now)
			.where(ACCOUNT_INVITATION.TOKEN_HASH.eq(tokenHash))
			.and(ACCOUNT_INVITATION.PURPOSE.eq(ACCOUNT_SETUP))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.and(ACCOUNT_INVITATION.EXPIRES_AT.gt(now))
			.returning(ACCOUNT_INVITATION.ACCOUNT_ID)
			.fetchOptional(ACCOUNT_INVITATION.ACCOUNT_ID);
	}

	/** Until when the account's newest unused link works, if it has one. */
	Optional<Instant> openLinkUntil(long accountId, Instant now) {
		return this.dsl.select(DSL.max(ACCOUNT_INVITATION.EXPIRES_AT))
			.from(ACCOUNT_INVITATION)
			.where(ACCOUNT_INVITATION.ACCOUNT_ID.eq(accountId))
			.and(ACCOUNT_INVITATION.USED_AT.isNull())
			.and(ACCOUNT_INVITATION.EXPIRES_AT.gt(now))
			.fetchOptional()
			.map(row -> row.value1());
	}

	/** Forgets links that were used or ran out before this moment. */
	int deleteClosedBefore(Instant before) {
		return this.dsl.deleteFrom(ACCOUNT_INVITATION)
			.where(ACCOUNT_INVITATION.EXPIRES_AT.lt(before).or(ACCOUNT_INVITATION.USED_AT.lt(before)))
			.execute();
	}

}
