package de.norderstedt.go.accounts;

import java.util.Set;

/** What an admin enters to create an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {

	public NewAccount {
		roles = Set.copyOf(roles);
	}

}
