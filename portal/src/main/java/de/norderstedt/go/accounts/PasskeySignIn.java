package de.norderstedt.go.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with a passkey: Spring Security checks the signature, this makes the result
 * the same signed-in account a password gives (so every feature finds the person the same
 * way), refuses a disabled account, and records the sign-in like one with a password. A
 * passkey is not held back by wrong passwords typed elsewhere: whoever holds it and
 * unlocks it is the owner.
 * <p>
 * The WebAuthn filter's authentication manager, and deliberately neither an
 * {@code AuthenticationProvider} nor an {@code AuthenticationManager} bean: Spring
 * Security would take a lone provider bean or a manager bean for every sign-in, and the
 * password form's must stay {@link SignInGuard}.
 */
@Component
public class PasskeySignIn {

	private final WebAuthnAuthenticationProvider passkeys;

	private final AccountUserDetailsService users;

	private final AccountService accounts;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, AccountUserDetailsService users,
			AccountService accounts) {
		this.passkeys = new WebAuthnAuthenticationProvider(relyingParty, users);
		this.users = users;
		this.accounts = accounts;
	}

	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof WebAuthnAuthenticationRequestToken)) {
			throw new ProviderNotFoundException("passkeys only");
		}
		byte[] network = SignInNetworks.of(remoteAddress());
		Authentication checked;
		UserDetails user;
		try {
			checked = this.passkeys.authenticate(authentication);
			user = this.users.loadUserByUsername(checked.getName());
		}
		catch (AuthenticationException ex) {
			this.accounts.recordFailedSignIn(null, network, AccountEvents.SignInFailure.PASSKEY_REFUSED);
			throw ex;
		}
		if (!(user instanceof AccountPrincipal principal) || !principal.isEnabled()) {
			Long accountId = user instanceof AccountPrincipal principal ? principal.account().id() : null;
			this.accounts.recordFailedSignIn(accountId, network, AccountEvents.SignInFailure.DISABLED);
			throw new DisabledException("disabled");
		}
		this.accounts.recordSuccessfulSignIn(principal.account().id(), network);
		principal.eraseCredentials();
		// the roles and Spring Security's mark of the factor used (FACTOR_WEBAUTHN)
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, checked.getAuthorities());
	}

	private static @Nullable String remoteAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

}
