package de.norderstedt.go.accounts;

import java.time.Instant;

/**
 * A link for one person to choose her password: shown once to the admin who made it, to
 * hand over (only its hash is kept).
 */
public record Invitation(Account account, String link, Instant expiresAt) {
}
