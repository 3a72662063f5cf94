package de.norderstedt.go.privacy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an admin looks for in the audit log; every part is optional.
 *
 * @param kind one kind of event
 * @param username the account concerned (or who acted), by its name
 * @param from the first day (in the city's time zone)
 * @param to the last day
 */
public record AuditFilter(@Nullable AuditKind kind, @Nullable String username, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	/** Everything. */
	public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

}
