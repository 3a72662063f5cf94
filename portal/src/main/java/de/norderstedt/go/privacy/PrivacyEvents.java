package de.norderstedt.go.privacy;

import java.time.Instant;
import java.util.UUID;

/** What happened to a person's data, for the audit log. */
public final class PrivacyEvents {

	private PrivacyEvents() {
	}

	/** A person downloaded the copy of their data. */
	public record DataExported(UUID id, Instant at, long accountId, String format) {
	}

	/** A person deleted their account; the id no longer exists. */
	public record AccountDeleted(UUID id, Instant at, long accountId) {
	}

	/** An admin deleted someone's account; the id no longer exists. */
	public record AccountDeletedByAdmin(UUID id, Instant at, long accountId, long byAccountId) {
	}

}
