package de.norderstedt.go.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A password sign-in of an account whose roles need a second factor: it holds the other
 * roles and this mark until the person confirms with a passkey (a new sign-in that holds
 * every role). Until then the portal shows only the page that asks for it, and every
 * service refuses what those roles would allow, since the sign-in does not hold them.
 */
public final class SecondFactor {

	/** The authority of a sign-in that waits for its second factor. */
	public static final String MISSING = "SECOND_FACTOR_MISSING";

	private SecondFactor() {
	}

	static List<GrantedAuthority> withheld(Collection<? extends GrantedAuthority> authorities,
			AccountsProperties properties) {
		List<GrantedAuthority> kept = new ArrayList<>();
		for (GrantedAuthority authority : authorities) {
			boolean needsIt = properties.secondFactorRoles()
				.stream()
				.anyMatch(role -> role.authority().equals(authority.getAuthority()));
			if (!needsIt) {
				kept.add(authority);
			}
		}
		kept.add(new SimpleGrantedAuthority(MISSING));
		return kept;
	}

	/** Whether this sign-in still waits for its second factor. */
	public static boolean missing(@Nullable Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> MISSING.equals(authority.getAuthority()));
	}

}
