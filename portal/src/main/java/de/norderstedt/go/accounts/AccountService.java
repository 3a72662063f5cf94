package de.norderstedt.go.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.UUID;

import de.norderstedt.go.accounts.AccountEvents.SignInFailure;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** People, roles, sign-in bookkeeping and preferences. */
@Service
public class AccountService {

	/** Shortest password the platform accepts. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	/** Longest password the platform accepts (hashing cost stays bounded). */
	public static final int MAX_PASSWORD_LENGTH = 256;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final SignInNetworkRepository networks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommonPasswords commonPasswords;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountsProperties properties,
			SignInNetworkRepository networks, ApplicationEventPublisher events, Clock clock,
			CommonPasswords commonPasswords) {
		this.accounts = accounts;
		this.commonPasswords = commonPasswords;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.networks = networks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The account of the person signed in to the current request, if any. One query, and
	 * none for anonymous visitors (no transaction, so no connection is taken for them).
	 */
	public Optional<Account> currentAccount() {
		return currentAccountId().flatMap(this.accounts::findById).map(AccountRepository.StoredAccount::account);
	}

	/**
	 * Whether the current sign-in is a password one that still waits for its passkey (see
	 * {@link SecondFactor}); no database work.
	 */
	public boolean secondFactorMissing() {
		return SecondFactor.missing(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The id of the person signed in to the current request, if any; no database work.
	 */
	public Optional<Long> signedInAccountId() {
		return currentAccountId();
	}

	/**
	 * The language each of these accounts reads in (German unless they chose English).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Language> languages(Collection<Long> accountIds) {
		Map<Long, Language> chosen = this.accounts.languages(accountIds);
		Map<Long, Language> languages = new HashMap<>();
		accountIds.forEach(id -> languages.put(id, chosen.getOrDefault(id, Preferences.DEFAULT.language())));
		return languages;
	}

	/** Stored preferences of the signed-in person; empty for anonymous visitors. */
	@Transactional(readOnly = true)
	public Optional<Preferences> currentPreferences() {
		return currentAccountId().map(id -> this.accounts.findPreferences(id).orElse(Preferences.DEFAULT));
	}

	/**
	 * Keeps the preferences of the signed-in person. Anonymous visitors keep theirs in
	 * the session, so for them this does nothing and returns false.
	 */
	@Transactional
	public boolean saveCurrentPreferences(Preferences preferences) {
		Optional<Long> id = currentAccountId();
		id.ifPresent(accountId -> this.accounts.savePreferences(accountId, preferences));
		return id.isPresent();
	}

	/**
	 * Whether the signed-in person needs compartments at a reachable height (lockers);
	 * false for anonymous visitors.
	 */
	@Transactional(readOnly = true)
	public boolean needsReachableCompartments() {
		return currentAccountId().map(this.accounts::needsReachableCompartments).orElse(false);
	}

	/** Keeps the signed-in person's answer; does nothing for anonymous visitors. */
	@Transactional
	public void setNeedsReachableCompartments(boolean needed) {
		currentAccountId().ifPresent(id -> this.accounts.setNeedsReachableCompartments(id, needed));
	}

	/** The same, for an account (the lockers pick a compartment for it). */
	@Transactional(readOnly = true)
	public boolean needsReachableCompartments(long accountId) {
		return this.accounts.needsReachableCompartments(accountId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Account> listAccounts() {
		return this.accounts.findAll();
	}

	/** The enabled trainers, by name: whom a course can be given to. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Account> trainers() {
		return this.accounts.findAll()
			.stream()
			.filter(account -> account.enabled() && account.hasRole(Role.TRAINER))
			.sorted(java.util.Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Deletes the signed-in person's own account, once they confirmed with their
	 * password: first what the features hold about it (see {@link PersonalDataPart}, run
	 * by the caller's {@code eraseFirst} with the account's id), then the account, all in
	 * the caller's transaction.
	 * @throws Refusal at {@code password} when it is not the person's password; without a
	 * field for an account with a task in the city (trainer, editor, locker staff,
	 * admin): an admin removes those after handing the tasks over
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@PreAuthorize("isAuthenticated()")
	public long deleteOwn(@Nullable String password, LongConsumer eraseFirst) {
		AccountRepository.StoredAccount me = currentAccountId().flatMap(this.accounts::findById)
			.orElseThrow(() -> new Refusal("privacy.error.not-signed-in"));
		if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH
				|| !this.passwordEncoder.matches(password, me.passwordHash())) {
			throw Refusal.at("password", "privacy.error.password-wrong");
		}
		if (!me.account().roles().equals(Set.of(Role.RESIDENT))) {
			throw new Refusal("privacy.error.staff-account");
		}
		eraseFirst.accept(me.account().id());
		this.accounts.delete(me.account().id());
		return me.account().id();
	}

	/**
	 * Whether the signed-in person's own account may be deleted by themself: one with
	 * only the resident role (see {@link #deleteOwn}).
	 */
	public boolean mayDeleteOwn() {
		return currentAccount().map(account -> account.roles().equals(Set.of(Role.RESIDENT))).orElse(false);
	}

	/** An account, for admins. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<Account> account(long accountId) {
		return this.accounts.findById(accountId).map(AccountRepository.StoredAccount::account);
	}

	/**
	 * Whether the signed-in person's sign-in still matches their account: enabled, with
	 * the roles it was made with. False once an admin has disabled the account or changed
	 * its roles since (that sign-in must end); true for anonymous visitors. One query, no
	 * transaction.
	 */
	public boolean sessionStillValid() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return true;
		}
		Account signedIn = principal.account();
		return this.accounts.findById(signedIn.id())
			.map(AccountRepository.StoredAccount::account)
			.map(now -> now.enabled() && now.roles().equals(signedIn.roles()))
			.orElse(false);
	}

	/** The id of the account with this username, for admins (e.g. a filter). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<Long> accountIdByUsername(String username) {
		String normalized = Usernames.normalize(username);
		if (!Usernames.isPlausible(normalized)) {
			return Optional.empty();
		}
		return this.accounts.findByUsername(normalized).map(stored -> stored.account().id());
	}

	/** The usernames of these accounts (deleted ones are missing), for admins. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Long, String> usernames(Collection<Long> accountIds) {
		return accountIds.isEmpty() ? Map.of() : this.accounts.usernames(accountIds);
	}

	/**
	 * Gives an account other roles. A refusal names the field {@code roles}: none chosen,
	 * or an admin taking the ADMIN role from themself.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account changeRoles(long accountId, Set<Role> roles) {
		long actor = actingAdmin(accountId);
		if (roles.isEmpty()) {
			throw Refusal.at("roles", "accounts.error.roles-empty");
		}
		if (actor == accountId && !roles.contains(Role.ADMIN)) {
			throw Refusal.at("roles", "accounts.error.own-admin-role");
		}
		Account before = this.accounts.findById(accountId).orElseThrow().account();
		if (!before.roles().equals(roles)) {
			this.accounts.replaceRoles(accountId, roles);
			this.events.publishEvent(new AccountEvents.RolesChanged(UUID.randomUUID(), this.clock.instant(), accountId,
					before.roles(), roles, actor));
		}
		return this.accounts.findById(accountId).orElseThrow().account();
	}

	/**
	 * Disables an account (it cannot sign in; whoever tries reads the same message as for
	 * a wrong password) or enables it again. An admin cannot disable themself.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Account setEnabled(long accountId, boolean enabled) {
		long actor = actingAdmin(accountId);
		if (actor == accountId && !enabled) {
			throw new Refusal("accounts.error.disable-self");
		}
		if (this.accounts.setEnabled(accountId, enabled)) {
			Instant now = this.clock.instant();
			this.events
				.publishEvent(enabled ? new AccountEvents.AccountEnabled(UUID.randomUUID(), now, accountId, actor)
						: new AccountEvents.AccountDisabled(UUID.randomUUID(), now, accountId, actor));
		}
		return this.accounts.findById(accountId).orElseThrow().account();
	}

	/**
	 * An admin deletes someone else's account (e.g. staff whose tasks were handed over,
	 * or on a person's request): what is erased first, then the row. An admin cannot
	 * delete themself.
	 * @return the acting admin's id
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long deleteByAdmin(long accountId, LongConsumer eraseFirst) {
		long actor = actingAdmin(accountId);
		if (actor == accountId) {
			throw new Refusal("accounts.error.delete-self");
		}
		eraseFirst.accept(accountId);
		this.accounts.delete(accountId);
		return actor;
	}

	/**
	 * The signed-in admin, with their row and the target's locked until the transaction
	 * ends, and checked against the database rather than the session: two admins taking
	 * each other's role at once cannot leave the platform without an enabled admin.
	 */
	private long actingAdmin(long targetId) {
		long actor = currentAccountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
		this.accounts.lockRows(actor, targetId);
		Account acting = this.accounts.findById(actor).orElseThrow().account();
		if (!acting.enabled() || !acting.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("no longer an admin");
		}
		if (this.accounts.findById(targetId).isEmpty()) {
			throw new Refusal("accounts.error.unknown");
		}
		return actor;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void unlock(long accountId) {
		this.accounts.resetFailedLogins(accountId);
		this.networks.unblockAll(accountId);
		this.events.publishEvent(new AccountEvents.AccountUnlocked(UUID.randomUUID(), this.clock.instant(), accountId,
				currentAccountId().orElseThrow()));
	}

	/**
	 * When the signed-in person's account was last locked after wrong passwords, if they
	 * have not read that yet: only its owner, signed in, learns of a lock.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> unseenLockout() {
		return currentAccountId().flatMap(this.accounts::unseenLockout);
	}

	/** The signed-in person has read that their account was locked. */
	@Transactional
	public void lockoutSeen() {
		currentAccountId().ifPresent(this.accounts::lockoutSeen);
	}

	/**
	 * Creates an account without an authorization check; for demo data and setup only. A
	 * refusal names the field it concerns: {@code username}, {@code displayName},
	 * {@code password}, {@code roles}.
	 */
	Account create(NewAccount request) {
		String username = Usernames.normalize(request.username());
		if (!Usernames.isPlausible(username)) {
			throw Refusal.at("username", "accounts.error.username-invalid");
		}
		String displayName = Input.required("displayName", request.displayName(), 200,
				"accounts.error.display-name-invalid");
		checkNewPassword("password", request.password());
		if (request.roles().isEmpty()) {
			throw Refusal.at("roles", "accounts.error.roles-empty");
		}
		if (this.accounts.usernameTaken(username)) {
			throw Refusal.at("username", "accounts.error.username-taken");
		}
		long id = this.accounts.insert(username, displayName,
				Objects.requireNonNull(this.passwordEncoder.encode(request.password())), request.roles());
		return this.accounts.findById(id).orElseThrow().account();
	}

	/**
	 * Refuses a password nobody should choose: too short, too long, or one of the most
	 * common ones.
	 */
	void checkNewPassword(String field, String password) {
		if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw Refusal.at(field, "accounts.error.password-length");
		}
		if (this.commonPasswords.contains(password)) {
			throw Refusal.at(field, "accounts.error.password-common");
		}
	}

	/**
	 * The signed-in person chooses a new password, confirming with the one they have.
	 * @throws Refusal at {@code current} when that is not their password; at
	 * {@code password} for a new one that is too short, too long, too common or the same
	 * as before; nothing is changed then
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(@Nullable String current, @Nullable String password) {
		AccountRepository.StoredAccount me = currentAccountId().flatMap(this.accounts::findById)
			.orElseThrow(() -> new Refusal("privacy.error.not-signed-in"));
		if (current == null || current.isEmpty() || current.length() > MAX_PASSWORD_LENGTH
				|| !this.passwordEncoder.matches(current, me.passwordHash())) {
			throw Refusal.at("current", "accounts.password.error.current");
		}
		String chosen = password == null ? "" : password;
		checkNewPassword("password", chosen);
		if (chosen.equals(current)) {
			throw Refusal.at("password", "accounts.password.error.same");
		}
		this.accounts.updatePasswordHash(me.account().id(),
				Objects.requireNonNull(this.passwordEncoder.encode(chosen)));
		this.events.publishEvent(new AccountEvents.PasswordChanged(UUID.randomUUID(), this.clock.instant(),
				me.account().id(), me.account().id()));
	}

	/** The account a sign-in names, if there is one; no authorization (sign-in). */
	@Transactional(readOnly = true)
	Optional<Long> accountIdForSignIn(String rawUsername) {
		String username = Usernames.normalize(rawUsername);
		if (!Usernames.isPlausible(username)) {
			return Optional.empty();
		}
		return this.accounts.findByUsername(username).map(stored -> stored.account().id());
	}

	/**
	 * Whether a sign-in to this account from this network is refused without looking at
	 * the password: the network is blocked for the account, or the whole account is
	 * locked and this is not a network its owner signed in from before.
	 */
	@Transactional(readOnly = true)
	boolean signInBlocked(long accountId, byte[] network) {
		Instant now = this.clock.instant();
		SignInNetworkRepository.NetworkState state = this.networks.state(accountId, network);
		if (state.blocked(now)) {
			return true;
		}
		boolean accountLocked = this.accounts.findById(accountId)
			.map(stored -> stored.account().isLocked(now))
			.orElse(false);
		return accountLocked && !state.knownSince(now.minus(this.properties.signInNetworkRetention()));
	}

	/**
	 * Counts a refused sign-in (only a wrong password counts towards a lock) and records
	 * it for the audit log.
	 */
	@Transactional
	void recordFailedSignIn(@Nullable Long accountId, byte[] network, SignInFailure reason) {
		Instant now = this.clock.instant();
		if (accountId != null && reason == SignInFailure.WRONG_PASSWORD) {
			countWrongPassword(accountId, network, now);
		}
		this.events.publishEvent(new AccountEvents.SignInFailed(UUID.randomUUID(), now, accountId, reason));
	}

	private void countWrongPassword(long accountId, byte[] network, Instant now) {
		SignInNetworkRepository.NetworkState state = this.networks.lockRow(accountId, network, now);
		// a block that has run out starts the count again
		int failures = (state.lockedUntil() != null && !state.blocked(now) ? 0 : state.failures()) + 1;
		@Nullable Instant networkBlockedUntil = null;
		if (failures >= this.properties.maxFailedLogins()) {
			int locks = state.locks() + 1;
			networkBlockedUntil = now.plus(networkBlock(locks));
			this.networks.saveFailure(accountId, network, 0, locks, networkBlockedUntil, now);
			this.accounts.recordLockout(accountId, now);
		}
		else {
			this.networks.saveFailure(accountId, network, failures, now);
		}
		Instant lockUntil = now.plus(this.properties.lockDuration());
		if (this.accounts.recordFailedLogin(accountId, this.properties.maxFailedLogins(), now, lockUntil)) {
			this.events
				.publishEvent(new AccountEvents.AccountLocked(UUID.randomUUID(), now, accountId, lockUntil, true));
		}
		else if (networkBlockedUntil != null) {
			this.events.publishEvent(
					new AccountEvents.AccountLocked(UUID.randomUUID(), now, accountId, networkBlockedUntil, false));
		}
	}

	/** The first block lasts the lock duration, each further one twice the one before. */
	private Duration networkBlock(int locks) {
		Duration block = this.properties.lockDuration();
		for (int i = 1; i < locks && block.compareTo(this.properties.maxNetworkBlock()) < 0; i++) {
			block = block.multipliedBy(2);
		}
		return block.compareTo(this.properties.maxNetworkBlock()) > 0 ? this.properties.maxNetworkBlock() : block;
	}

	/**
	 * The owner got in: the account's count starts again, and this network becomes one
	 * they signed in from.
	 */
	@Transactional
	void recordSuccessfulSignIn(long accountId, byte[] network) {
		Instant now = this.clock.instant();
		this.accounts.resetFailedLogins(accountId);
		this.networks.recordSuccess(accountId, network, now);
		this.events.publishEvent(new AccountEvents.SignedIn(UUID.randomUUID(), now, accountId));
	}

	/** Forgets the networks nobody signed in or tried from for the retention period. */
	@Transactional
	int deleteInactiveSignInNetworks() {
		return this.networks.deleteInactiveSince(this.clock.instant().minus(this.properties.signInNetworkRetention()));
	}

	private static Optional<Long> currentAccountId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.account().id());
		}
		return Optional.empty();
	}

}
