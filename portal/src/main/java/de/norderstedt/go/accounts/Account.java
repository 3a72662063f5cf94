package de.norderstedt.go.accounts;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A person who can sign in. */
public record Account(long id, String username, String displayName, Set<Role> roles, boolean enabled,
		@Nullable Instant lockedUntil) {

	public Account {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
