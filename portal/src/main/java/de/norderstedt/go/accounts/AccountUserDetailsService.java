package de.norderstedt.go.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

	/**
	 * Keeps the new hash Spring Security made at a sign-in with a hash of an older
	 * algorithm.
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		if (newPassword == null) {
			return user;
		}
		this.accounts.updatePasswordHash(user.getUsername(), newPassword);
		return this.accounts.findByUsername(Usernames.normalize(user.getUsername()))
			.<UserDetails>map(stored -> new AccountPrincipal(stored.account(), stored.passwordHash()))
			.orElse(user);
	}

}
