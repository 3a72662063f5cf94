package de.norderstedt.go.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to accounts, for features that keep a record of it (the audit log).
 * Published in the transaction of the change, so they go through the event publication
 * registry; each carries its own id (a handler that runs twice can tell) and the moment
 * it happened.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** Someone signed in, with a password or a passkey. */
	public record SignedIn(UUID id, Instant at, long accountId) {
	}

	/**
	 * A sign-in was refused. The account is null when the name belongs to nobody (the
	 * name itself is not kept: people type passwords into it).
	 */
	public record SignInFailed(UUID id, Instant at, @Nullable Long accountId, SignInFailure reason) {
	}

	/**
	 * Wrong passwords locked the account ({@code wholeAccount}) or blocked the network
	 * they came from for this account, until the given time.
	 */
	public record AccountLocked(UUID id, Instant at, long accountId, Instant until, boolean wholeAccount) {
	}

	/** An admin lifted the locks of an account. */
	public record AccountUnlocked(UUID id, Instant at, long accountId, long byAccountId) {
	}

	/** An admin gave an account other roles. */
	public record RolesChanged(UUID id, Instant at, long accountId, Set<Role> before, Set<Role> after,
			long byAccountId) {

		public RolesChanged {
			before = Set.copyOf(before);
			after = Set.copyOf(after);
		}

	}

	/** An admin disabled an account: it cannot sign in until enabled again. */
	public record AccountDisabled(UUID id, Instant at, long accountId, long byAccountId) {
	}

	/** An admin enabled a disabled account again. */
	public record AccountEnabled(UUID id, Instant at, long accountId, long byAccountId) {
	}

	/**
	 * A password was changed, by its owner ({@code byAccountId} equal to
	 * {@code accountId}) or through an admin's action.
	 */
	public record PasswordChanged(UUID id, Instant at, long accountId, long byAccountId) {
	}

	/**
	 * A passkey was registered ({@code added}) or removed, by the account's owner
	 * ({@code byAccountId} equal to {@code accountId}) or by an admin.
	 */
	public record PasskeyChanged(UUID id, Instant at, long accountId, long byAccountId, boolean added) {
	}

	/** Why a sign-in was refused; the person is told the same in every case. */
	public enum SignInFailure {

		/** No account has that name. */
		UNKNOWN_ACCOUNT,
		/** The password was wrong. */
		WRONG_PASSWORD,
		/** The account was locked, or the network blocked for it. */
		BLOCKED,
		/** An admin disabled the account. */
		DISABLED,
		/** A passkey that is not registered here, or whose signature did not hold. */
		PASSKEY_REFUSED

	}

}
