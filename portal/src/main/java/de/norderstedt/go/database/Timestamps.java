package de.norderstedt.go.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The services work with {@link Instant}; jOOQ binds {@code timestamptz} columns as
 * {@link OffsetDateTime}. Repositories convert here, in UTC.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
