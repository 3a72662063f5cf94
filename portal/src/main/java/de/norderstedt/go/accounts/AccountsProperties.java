package de.norderstedt.go.accounts;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. How they work together is explained at {@link SignInGuard}.
 *
 * @param maxFailedLogins failed sign-ins in a row after which the account is locked, and
 * after which the network they came from is blocked for that account
 * @param lockDuration how long a locked account stays locked, and how long a network is
 * blocked the first time
 * @param maxNetworkBlock the longest a network is blocked for an account (each further
 * block doubles, up to this)
 * @param signInNetworkRetention how long a network an account was signed in or tried from
 * is kept (hashed) after its last use
 * @param secondFactorRoles the roles whose holders must confirm a password sign-in with a
 * second factor (a passkey) before they can use them; a sign-in with a passkey alone
 * counts as both
 * @param invitationValidity how long the link works through which a person an admin
 * created an account for chooses her password
 */
@ConfigurationProperties("go.accounts")
public record AccountsProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("24h") Duration maxNetworkBlock, @DefaultValue("90d") Duration signInNetworkRetention,
		@DefaultValue("ADMIN,LOCKER_STAFF,EDITOR") Set<Role> secondFactorRoles,
		@DefaultValue("7d") Duration invitationValidity) {

	/** Whether an account with these roles must confirm a password with a passkey. */
	public boolean needsSecondFactor(Set<Role> roles) {
		return roles.stream().anyMatch(this.secondFactorRoles::contains);
	}

}
