package de.norderstedt.go.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One security event as the audit log keeps it.
 *
 * @param accountId the account it concerns, if any
 * @param username that account's name today (empty once the account is deleted)
 * @param actorId who acted, when not the person themself (an admin)
 * @param actorName that account's name today
 * @param detail a reason code, roles, or a device's name
 */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, AuditOutcome outcome, @Nullable Long accountId,
		@Nullable String username, @Nullable Long actorId, @Nullable String actorName, @Nullable String detail) {
}
