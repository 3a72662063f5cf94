package de.norderstedt.go.accounts;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys (WebAuthn).
 *
 * @param rpId the relying party id: the host name the portal is reached under (a passkey
 * works only there), e.g. {@code go.norderstedt.de}
 * @param rpName the name a browser or phone shows when it asks to make or use a passkey
 * @param allowedOrigins the addresses the portal's pages come from; empty:
 * {@code https://} and {@code http://} the relying party id with the port the portal
 * listens on (as on a developer's machine and in the tests)
 */
@ConfigurationProperties("go.accounts.passkeys")
public record PasskeyProperties(@DefaultValue("localhost") String rpId, @DefaultValue("Norderstedt GO!") String rpName,
		@DefaultValue Set<String> allowedOrigins) {
}
