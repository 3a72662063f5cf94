package de.norderstedt.go.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of a person's passkeys, as they named it.
 *
 * @param id the credential's id (base64url), to remove it by
 * @param lastUsed the last time it was used (Spring Security counts its making as a use)
 */
public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {

	/** The last sign-in with it, null if there was none since it was made. */
	public @Nullable Instant lastSignIn() {
		return this.lastUsed == null || this.created == null || !this.lastUsed.isAfter(this.created.plusSeconds(1))
				? null : this.lastUsed;
	}

}
