package de.norderstedt.go.accounts;

import static de.norderstedt.go.db.Tables.SIGN_IN_NETWORK;
import static org.jooq.impl.DSL.greatest;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The networks each account was signed in or tried from (see {@link SignInGuard}). */
@Repository
class SignInNetworkRepository {

	private final DSLContext dsl;

	SignInNetworkRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** How things stand for this account and network; a network never seen is open. */
	NetworkState state(long accountId, byte[] network) {
		return this.dsl.selectFrom(SIGN_IN_NETWORK)
			.where(SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId))
			.and(SIGN_IN_NETWORK.NETWORK_HASH.eq(network))
			.fetchOptional(SignInNetworkRepository::toState)
			.orElse(NetworkState.UNKNOWN);
	}

	/**
	 * The row of this account and network, created if needed and locked until the
	 * transaction ends, so that concurrent failures are counted one after the other.
	 */
	NetworkState lockRow(long accountId, byte[] network, Instant now) {
		this.dsl.insertInto(SIGN_IN_NETWORK)
			.set(SIGN_IN_NETWORK.ACCOUNT_ID, accountId)
			.set(SIGN_IN_NETWORK.NETWORK_HASH, network)
			.set(SIGN_IN_NETWORK.LAST_FAILURE_AT, now)
			.onConflictDoNothing()
			.execute();
		return this.dsl.selectFrom(SIGN_IN_NETWORK)
			.where(SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId))
			.and(SIGN_IN_NETWORK.NETWORK_HASH.eq(network))
			.forUpdate()
			.fetchSingle(SignInNetworkRepository::toState);
	}

	void saveFailure(long accountId, byte[] network, int failures, int locks, Instant lockedUntil, Instant now) {
		this.dsl.update(SIGN_IN_NETWORK)
			.set(SIGN_IN_NETWORK.FAILURES, failures)
			.set(SIGN_IN_NETWORK.LOCKS, locks)
			.set(SIGN_IN_NETWORK.LOCKED_UNTIL, lockedUntil)
			.set(SIGN_IN_NETWORK.LAST_FAILURE_AT, now)
			.where(SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId))
			.and(SIGN_IN_NETWORK.NETWORK_HASH.eq(network))
			.execute();
	}

	void saveFailure(long accountId, byte[] network, int failures, Instant now) {
		this.dsl.update(SIGN_IN_NETWORK)
			.set(SIGN_IN_NETWORK.FAILURES, failures)
			.setNull(SIGN_IN_NETWORK.LOCKED_UNTIL)
			.set(SIGN_IN_NETWORK.LAST_FAILURE_AT, now)
			.where(SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId))
			.and(SIGN_IN_NETWORK.NETWORK_HASH.eq(network))
			.execute();
	}

	/** The owner signed in from here: the network is known and its slate clean. */
	void recordSuccess(long accountId, byte[] network, Instant now) {
		this.dsl.insertInto(SIGN_IN_NETWORK)
			.set(SIGN_IN_NETWORK.ACCOUNT_ID, accountId)
			.set(SIGN_IN_NETWORK.NETWORK_HASH, network)
			.set(SIGN_IN_NETWORK.LAST_SUCCESS_AT, now)
			.onConflict(SIGN_IN_NETWORK.ACCOUNT_ID, SIGN_IN_NETWORK.NETWORK_HASH)
			.doUpdate()
			.set(SIGN_IN_NETWORK.FAILURES, 0)
			.set(SIGN_IN_NETWORK.LOCKS, 0)
			.setNull(SIGN_IN_NETWORK.LOCKED_UNTIL)
			.set(SIGN_IN_NETWORK.LAST_SUCCESS_AT, now)
			.execute();
	}

	/** An admin unlocked the account: every network may try again. */
	void unblockAll(long accountId) {
		this.dsl.update(SIGN_IN_NETWORK)
			.set(SIGN_IN_NETWORK.FAILURES, 0)
			.setNull(SIGN_IN_NETWORK.LOCKED_UNTIL)
			.where(SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId))
			.execute();
	}

	/** Whether some network is blocked for this account now. */
	boolean anyBlocked(long accountId, Instant now) {
		return this.dsl.fetchExists(SIGN_IN_NETWORK,
				SIGN_IN_NETWORK.ACCOUNT_ID.eq(accountId).and(SIGN_IN_NETWORK.LOCKED_UNTIL.gt(now)));
	}

	/**
	 * @return how many rows went
	 */
	int deleteInactiveSince(Instant cutoff) {
		return this.dsl.deleteFrom(SIGN_IN_NETWORK)
			.where(greatest(SIGN_IN_NETWORK.LAST_FAILURE_AT, SIGN_IN_NETWORK.LAST_SUCCESS_AT).lt(cutoff))
			.and(SIGN_IN_NETWORK.LOCKED_UNTIL.isNull().or(SIGN_IN_NETWORK.LOCKED_UNTIL.lt(cutoff)))
			.execute();
	}

	private static NetworkState toState(Record r) {
		return new NetworkState(r.get(SIGN_IN_NETWORK.FAILURES), r.get(SIGN_IN_NETWORK.LOCKS),
				r.get(SIGN_IN_NETWORK.LOCKED_UNTIL), r.get(SIGN_IN_NETWORK.LAST_SUCCESS_AT));
	}

	/** Failures in a row, blocks so far, the current block and the last success. */
	record NetworkState(int failures, int locks, @Nullable Instant lockedUntil, @Nullable Instant lastSuccessAt) {

		static final NetworkState UNKNOWN = new NetworkState(0, 0, null, null);

		boolean blocked(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

		boolean knownSince(Instant since) {
			return this.lastSuccessAt != null && this.lastSuccessAt.isAfter(since);
		}

	}

}
