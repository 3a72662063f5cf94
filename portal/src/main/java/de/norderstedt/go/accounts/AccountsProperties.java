package de.norderstedt.go.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("go.accounts")
public record AccountsProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
}
