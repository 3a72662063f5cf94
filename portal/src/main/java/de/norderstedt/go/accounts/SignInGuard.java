package de.norderstedt.go.accounts;

import de.norderstedt.go.ratelimit.RateLimit;
import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountEvents.SignInFailure;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with a back-off against guessing that cannot be turned against the
 * account's owner. Every counter lives in PostgreSQL, so all portal instances see the
 * same ones.
 * <ul>
 * <li><b>Per network and account</b>: {@code go.accounts.max-failed-logins} wrong
 * passwords in a row from one network (the address cut to /24 or /48, stored hashed)
 * block that network for that account, first for {@code lock-duration}, each further time
 * twice as long (up to {@code max-network-block}). Someone guessing from one place is
 * slowed down more and more; nobody else is affected.</li>
 * <li><b>Per account</b>: the same number of wrong passwords in a row from anywhere lock
 * the account for {@code lock-duration}, against guessing spread over many networks.
 * Failures while it is locked do not count, so a lock cannot be stretched; once it has
 * run out the count starts again (one more wrong password does not lock again). The
 * account-wide lock does not hold back networks the owner signed in from before (kept
 * {@code sign-in-network-retention}): whoever keeps the account locked from elsewhere
 * does not keep its owner out at home.</li>
 * <li>While blocked, the password is still checked (the answer takes as long) but the
 * sign-in is refused and not counted. An unknown name, a wrong password, a blocked or a
 * disabled account: the person reads the same message, so the sign-in form tells nobody
 * which names exist. The owner reads about a lock after their next successful sign-in (on
 * their account page); admins see it in the audit log.</li>
 * <li>In front of all this, {@code go.rate-limits.sign-ins} per client address and
 * period, shared by all instances ({@link RateLimits}): over it, the form answers as for
 * a blocked sign-in, without checking the password.</li>
 * <li>An account with a role of {@code go.accounts.second-factor-roles} (admins, locker
 * staff, editors) signed in with a password holds none of those roles yet: it must
 * confirm with a passkey first (see {@link SecondFactor}).</li>
 * </ul>
 */
@Component
class SignInGuard implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final AccountService accounts;

	private final AccountsProperties properties;

	private final RateLimits rateLimits;

	SignInGuard(AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder, AccountService accounts,
			AccountsProperties properties, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.accounts = accounts;
		this.properties = properties;
		this.passwords = new DaoAuthenticationProvider(userDetails);
		this.passwords.setPasswordEncoder(passwordEncoder);
		// a hash of an older, weaker algorithm is made again with the current one
		this.passwords.setUserDetailsPasswordService(userDetails);
		// whether the account may sign in is decided after the password was checked, so
		// that a disabled account answers as slowly as any other
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			// the shared limit per client address comes first: over it, no password is
			// checked and nothing is counted against any account
			this.rateLimits.check(RateLimit.SIGN_IN);
		}
		catch (RateLimited ex) {
			throw new LockedException("too many sign-ins from this address");
		}
		byte[] network = SignInNetworks.of(remoteAddress(authentication));
		Optional<Long> accountId = this.accounts.accountIdForSignIn(authentication.getName());
		boolean blocked = accountId.map(id -> this.accounts.signInBlocked(id, network)).orElse(false);
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (DisabledException ex) {
			this.accounts.recordFailedSignIn(accountId.orElse(null), network,
					blocked ? SignInFailure.BLOCKED : SignInFailure.DISABLED);
			throw ex;
		}
		catch (AuthenticationException ex) {
			SignInFailure reason = accountId.isEmpty() ? SignInFailure.UNKNOWN_ACCOUNT
					: blocked ? SignInFailure.BLOCKED : SignInFailure.WRONG_PASSWORD;
			this.accounts.recordFailedSignIn(accountId.orElse(null), network, reason);
			throw ex;
		}
		if (blocked || !(result.getPrincipal() instanceof AccountPrincipal principal)) {
			this.accounts.recordFailedSignIn(accountId.orElse(null), network, SignInFailure.BLOCKED);
			throw new LockedException("blocked for now");
		}
		this.accounts.recordSuccessfulSignIn(principal.account().id(), network);
		if (this.properties.needsSecondFactor(principal.account().roles())) {
			// the roles that need a second factor wait until a passkey confirms it
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					SecondFactor.withheld(result.getAuthorities(), this.properties));
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
