package de.norderstedt.go.accounts;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.ACCOUNT_PREFERENCES;
import static de.norderstedt.go.db.Tables.ACCOUNT_ROLE;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.db.tables.records.AccountPreferencesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final DSLContext dsl;

	AccountRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	private static final Field<Set<Role>> ROLES = multiset(
			select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)))
		.as("roles")
		.convertFrom(r -> r.intoSet(Record1::value1));

	Optional<StoredAccount> findByUsername(String username) {
		return find(lower(ACCOUNT.USERNAME).eq(username.toLowerCase(Locale.ROOT)));
	}

	Optional<StoredAccount> findById(long id) {
		return find(ACCOUNT.ID.eq(id));
	}

	private Optional<StoredAccount> find(Condition condition) {
		return this.dsl.select(ACCOUNT.asterisk(), ROLES)
			.from(ACCOUNT)
			.where(condition)
			.fetchOptional(AccountRepository::toStored);
	}

	List<Account> findAll() {
		return this.dsl.select(ACCOUNT.asterisk(), ROLES)
			.from(ACCOUNT)
			.orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
			.fetch(r -> toStored(r).account());
	}

	/** The usernames of these accounts; deleted ones are missing. */
	Map<Long, String> usernames(Collection<Long> ids) {
		return this.dsl.select(ACCOUNT.ID, ACCOUNT.USERNAME)
			.from(ACCOUNT)
			.where(ACCOUNT.ID.eq(DSL.any(ids.toArray(Long[]::new))))
			.fetchMap(ACCOUNT.ID, ACCOUNT.USERNAME);
	}

	/**
	 * Locks these accounts' rows until the transaction ends, in id order (no deadlock).
	 */
	void lockRows(long... ids) {
		this.dsl.select(ACCOUNT.ID)
			.from(ACCOUNT)
			.where(ACCOUNT.ID.in(Arrays.stream(ids).boxed().toList()))
			.orderBy(ACCOUNT.ID)
			.forUpdate()
			.fetch();
	}

	void replaceRoles(long id, Set<Role> roles) {
		this.dsl.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id)).execute();
		for (Role role : roles) {
			this.dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, id).set(ACCOUNT_ROLE.ROLE, role).execute();
		}
	}

	/**
	 * @return whether this changed anything
	 */
	boolean setEnabled(long id, boolean enabled) {
		return this.dsl.update(ACCOUNT)
			.set(ACCOUNT.ENABLED, enabled)
			.where(ACCOUNT.ID.eq(id))
			.and(ACCOUNT.ENABLED.ne(enabled))
			.execute() == 1;
	}

	boolean usernameTaken(String username) {
		return this.dsl.fetchExists(ACCOUNT, lower(ACCOUNT.USERNAME).eq(username.toLowerCase(Locale.ROOT)));
	}

	long insert(String username, String displayName, String passwordHash, Set<Role> roles) {
		long id = Objects.requireNonNull(this.dsl.insertInto(ACCOUNT)
			.set(ACCOUNT.USERNAME, username)
			.set(ACCOUNT.DISPLAY_NAME, displayName)
			.set(ACCOUNT.PASSWORD_HASH, passwordHash)
			.returning(ACCOUNT.ID)
			.fetchSingle(ACCOUNT.ID));
		for (Role role : roles) {
			this.dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, id).set(ACCOUNT_ROLE.ROLE, role).execute();
		}
		return id;
	}

	/**
	 * Counts a failed sign-in against the account-wide limit and locks the account once
	 * the limit is reached, in one statement so that concurrent attempts cannot slip past
	 * it. While the account is locked nothing is counted (failures cannot stretch a
	 * lock); after a lock has run out the count starts again.
	 * @return whether this failure locked the account
	 */
	boolean recordFailedLogin(long id, int limit, Instant now, Instant lockUntil) {
		Field<Integer> counted = when(ACCOUNT.LOCKED_UNTIL.le(now), 1).else_(ACCOUNT.FAILED_LOGINS.plus(1));
		Condition locks = counted.ge(limit);
		return this.dsl.update(ACCOUNT)
			.set(ACCOUNT.FAILED_LOGINS, counted)
			.set(ACCOUNT.LOCKED_UNTIL, when(locks, lockUntil).else_(DSL.val((Instant) null, ACCOUNT.LOCKED_UNTIL)))
			.set(ACCOUNT.LOCKED_AT, when(locks, now).else_(ACCOUNT.LOCKED_AT))
			.set(ACCOUNT.LOCKOUT_SEEN, when(locks, false).else_(ACCOUNT.LOCKOUT_SEEN))
			.where(ACCOUNT.ID.eq(id))
			.and(ACCOUNT.LOCKED_UNTIL.isNull().or(ACCOUNT.LOCKED_UNTIL.le(now)))
			.returning(ACCOUNT.FAILED_LOGINS)
			.fetchOptional()
			.map(r -> r.get(ACCOUNT.FAILED_LOGINS) >= limit)
			.orElse(false);
	}

	/**
	 * Keeps when a lock began (of the account or of one network), for the owner to read.
	 */
	void recordLockout(long id, Instant at) {
		this.dsl.update(ACCOUNT)
			.set(ACCOUNT.LOCKED_AT, at)
			.set(ACCOUNT.LOCKOUT_SEEN, false)
			.where(ACCOUNT.ID.eq(id))
			.execute();
	}

	/** When the account was last locked, if its owner has not read that yet. */
	Optional<Instant> unseenLockout(long id) {
		return this.dsl.select(ACCOUNT.LOCKED_AT)
			.from(ACCOUNT)
			.where(ACCOUNT.ID.eq(id))
			.and(ACCOUNT.LOCKOUT_SEEN.isFalse())
			.and(ACCOUNT.LOCKED_AT.isNotNull())
			.fetchOptional(ACCOUNT.LOCKED_AT);
	}

	void lockoutSeen(long id) {
		this.dsl.update(ACCOUNT).set(ACCOUNT.LOCKOUT_SEEN, true).where(ACCOUNT.ID.eq(id)).execute();
	}

	void resetFailedLogins(long id) {
		this.dsl.update(ACCOUNT)
			.set(ACCOUNT.FAILED_LOGINS, 0)
			.setNull(ACCOUNT.LOCKED_UNTIL)
			.where(ACCOUNT.ID.eq(id))
			.execute();
	}

	/** When the account was made. */
	Optional<Instant> createdAt(long accountId) {
		return this.dsl.select(ACCOUNT.CREATED_AT)
			.from(ACCOUNT)
			.where(ACCOUNT.ID.eq(accountId))
			.fetchOptional(ACCOUNT.CREATED_AT);
	}

	boolean reachableCompartments(long accountId) {
		return this.dsl.select(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS)
			.from(ACCOUNT_PREFERENCES)
			.where(ACCOUNT_PREFERENCES.ACCOUNT_ID.eq(accountId))
			.fetchOptional(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS)
			.orElse(false);
	}

	void updatePasswordHash(long accountId, String hash) {
		this.dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash).where(ACCOUNT.ID.eq(accountId)).execute();
	}

	/** A new hash of the same password (a stronger algorithm), by username. */
	void updatePasswordHash(String username, String hash) {
		this.dsl.update(ACCOUNT)
			.set(ACCOUNT.PASSWORD_HASH, hash)
			.where(lower(ACCOUNT.USERNAME).eq(username.toLowerCase(Locale.ROOT)))
			.execute();
	}

	/** Deletes the account; its roles and preferences go with it (ON DELETE CASCADE). */
	boolean delete(long accountId) {
		return this.dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).execute() == 1;
	}

	Optional<Preferences> findPreferences(long accountId) {
		return this.dsl.selectFrom(ACCOUNT_PREFERENCES)
			.where(ACCOUNT_PREFERENCES.ACCOUNT_ID.eq(accountId))
			.fetchOptional(r -> new Preferences(r.getLanguage(), r.getTextSize(), r.getHighContrast(),
					r.getReducedMotion(), r.getSpeechRate(), r.getSimpleLanguage(), r.getAutoRead()));
	}

	/** The language of each account that chose one; the others speak the default. */
	Map<Long, Language> languages(Collection<Long> accountIds) {
		return this.dsl.select(ACCOUNT_PREFERENCES.ACCOUNT_ID, ACCOUNT_PREFERENCES.LANGUAGE)
			.from(ACCOUNT_PREFERENCES)
			.where(ACCOUNT_PREFERENCES.ACCOUNT_ID.eq(DSL.any(accountIds.toArray(Long[]::new))))
			.fetchMap(ACCOUNT_PREFERENCES.ACCOUNT_ID, ACCOUNT_PREFERENCES.LANGUAGE);
	}

	boolean needsReachableCompartments(long accountId) {
		return this.dsl.select(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS)
			.from(ACCOUNT_PREFERENCES)
			.where(ACCOUNT_PREFERENCES.ACCOUNT_ID.eq(accountId))
			.fetchOptional(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS)
			.orElse(false);
	}

	void setNeedsReachableCompartments(long accountId, boolean needed) {
		this.dsl.insertInto(ACCOUNT_PREFERENCES)
			.set(ACCOUNT_PREFERENCES.ACCOUNT_ID, accountId)
			.set(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS, needed)
			.onConflict(ACCOUNT_PREFERENCES.ACCOUNT_ID)
			.doUpdate()
			.set(ACCOUNT_PREFERENCES.REACHABLE_COMPARTMENTS, needed)
			.execute();
	}

	void savePreferences(long accountId, Preferences preferences) {
		AccountPreferencesRecord values = new AccountPreferencesRecord();
		values.setLanguage(preferences.language());
		values.setTextSize(preferences.textSize());
		values.setHighContrast(preferences.highContrast());
		values.setReducedMotion(preferences.reducedMotion());
		values.setSpeechRate(preferences.speechRate());
		values.setSimpleLanguage(preferences.simpleLanguage());
		values.setAutoRead(preferences.autoRead());
		this.dsl.insertInto(ACCOUNT_PREFERENCES)
			.set(ACCOUNT_PREFERENCES.ACCOUNT_ID, accountId)
			.set(values)
			.onConflict(ACCOUNT_PREFERENCES.ACCOUNT_ID)
			.doUpdate()
			.set(values)
			.set(ACCOUNT_PREFERENCES.UPDATED_AT, DSL.currentInstant())
			.execute();
	}

	private static StoredAccount toStored(Record r) {
		Account account = new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.USERNAME), r.get(ACCOUNT.DISPLAY_NAME),
				r.get(ROLES), r.get(ACCOUNT.ENABLED), r.get(ACCOUNT.LOCKED_UNTIL));
		return new StoredAccount(account, r.get(ACCOUNT.PASSWORD_HASH));
	}

	/** An account with its password hash; never leaves the feature. */
	record StoredAccount(Account account, String passwordHash) {
	}

}
