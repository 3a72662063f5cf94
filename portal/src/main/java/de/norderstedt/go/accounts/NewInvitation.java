package de.norderstedt.go.accounts;

import java.util.Set;

/**
 * What an admin enters to create an account; the person chooses her password herself
 * through the invitation link.
 */
public record NewInvitation(String username, String displayName, Set<Role> roles) {

	public NewInvitation {
		roles = Set.copyOf(roles);
	}

}
