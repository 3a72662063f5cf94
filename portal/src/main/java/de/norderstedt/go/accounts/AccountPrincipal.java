package de.norderstedt.go.accounts;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final Account account;

	private @Nullable String passwordHash;

	AccountPrincipal(Account account, String passwordHash) {
		this.account = account;
		this.passwordHash = passwordHash;
	}

	Account account() {
		return this.account;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.account.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	/**
	 * Always true here: whether a sign-in is held back depends on the network it comes
	 * from as well, which {@link SignInGuard} decides.
	 */
	@Override
	public boolean isAccountNonLocked() {
		return true;
	}

	@Override
	public boolean isEnabled() {
		return this.account.enabled();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
