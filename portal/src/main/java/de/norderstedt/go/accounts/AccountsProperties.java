package de.norderstedt.go.accounts;

import java.time.Duration;

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
 */
@ConfigurationProperties("go.accounts")
public record AccountsProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("24h") Duration maxNetworkBlock, @DefaultValue("90d") Duration signInNetworkRetention) {
}
