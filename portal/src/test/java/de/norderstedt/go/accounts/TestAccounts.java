package de.norderstedt.go.accounts;

import java.util.Objects;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates accounts and signs them in for tests, which load no demo data. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";

	private final AccountService service;

	private final AccountRepository repository;

	private final UserDetailsService userDetails;

	private final SecurityContextHolderStrategy strategy;

	private final SignInNetworkRepository networks;

	private final AccountsProperties properties;

	TestAccounts(AccountService service, AccountRepository repository, UserDetailsService userDetails,
			SecurityContextHolderStrategy strategy, SignInNetworkRepository networks, AccountsProperties properties) {
		this.networks = networks;
		this.properties = properties;
		this.strategy = strategy;
		this.service = service;
		this.repository = repository;
		this.userDetails = userDetails;
	}

	/**
	 * The account with this username, created with {@link #PASSWORD} if it does not
	 * exist.
	 */
	public synchronized Account ensure(String username, Role... roles) {
		return this.repository.findByUsername(username)
			.map(AccountRepository.StoredAccount::account)
			.orElseGet(
					() -> this.service.create(new NewAccount(username, "Test " + username, PASSWORD, Set.of(roles))));
	}

	/**
	 * Whether the account's roles need a passkey after the password (admins, locker
	 * staff, editors).
	 */
	public boolean needsSecondFactor(String username) {
		return this.repository.findByUsername(username)
			.map(stored -> this.properties.needsSecondFactor(stored.account().roles()))
			.orElse(false);
	}

	/** Puts the account into the security context of the current thread. */
	public void signIn(String username) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		signIn(authentication);
	}

	/**
	 * Puts this sign-in into the security context of the current thread, e.g. one kept
	 * from before its account changed (a session that still holds the old roles).
	 */
	public void signIn(Authentication authentication) {
		// TestSecurityContextHolder sets Spring Security's holder as well, whichever
		// strategy it uses
		TestSecurityContextHolder.setAuthentication(authentication);
		// the strategy that method security reads (Vaadin's, when the Vaadin security
		// config is active)
		SecurityContext context = this.strategy.createEmptyContext();
		context.setAuthentication(authentication);
		this.strategy.setContext(context);
	}

	/** The sign-in of the current thread (to use again later). */
	public Authentication current() {
		return Objects.requireNonNull(this.strategy.getContext().getAuthentication());
	}

	public void signOut() {
		TestSecurityContextHolder.clearContext();
		this.strategy.clearContext();
	}

	/**
	 * Unlocks and resets failed sign-ins (of the account and of every network) so tests
	 * do not depend on each other's attempts, as an admin's unlock does.
	 */
	public void reset(String username) {
		this.repository.findByUsername(username).ifPresent(s -> {
			this.repository.resetFailedLogins(s.account().id());
			this.networks.unblockAll(s.account().id());
		});
	}

}
