package de.norderstedt.go.accounts;

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

	TestAccounts(AccountService service, AccountRepository repository, UserDetailsService userDetails,
			SecurityContextHolderStrategy strategy) {
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

	/** Puts the account into the security context of the current thread. */
	public void signIn(String username) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		// TestSecurityContextHolder sets Spring Security's holder as well, whichever
		// strategy it uses
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		TestSecurityContextHolder.setAuthentication(authentication);
		// the strategy that method security reads (Vaadin's, when the Vaadin security
		// config is active)
		SecurityContext context = this.strategy.createEmptyContext();
		context.setAuthentication(authentication);
		this.strategy.setContext(context);
	}

	public void signOut() {
		TestSecurityContextHolder.clearContext();
		this.strategy.clearContext();
	}

	/**
	 * Unlocks and resets failed sign-ins so tests do not depend on each other's attempts.
	 */
	public void reset(String username) {
		this.repository.findByUsername(username).ifPresent(s -> this.repository.resetFailedLogins(s.account().id()));
	}

}
