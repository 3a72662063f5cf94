package de.norderstedt.go.courses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A booking of one person for one course date.
 *
 * @param waitingPosition the place on the waiting list (1 = next), 0 unless waiting
 */
public record Booking(long id, long dateId, String code, BookingStatus status, String name, @Nullable String phone,
		@Nullable String email, @Nullable Long accountId, Instant createdAt, @Nullable Instant checkedInAt,
		int waitingPosition) {
}
