package de.norderstedt.go.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = Usernames.normalize(username);
		if (!Usernames.isPlausible(normalized)) {
			// Absurd input never reaches the database; it is simply a wrong sign-in.
			throw new UsernameNotFoundException("implausible username");
		}
		return this.accounts.findByUsername(normalized)
			.map(stored -> new AccountPrincipal(stored.account(), stored.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
