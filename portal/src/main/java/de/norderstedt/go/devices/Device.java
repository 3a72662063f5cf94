package de.norderstedt.go.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;

/**
 * A public touchscreen the portal knows.
 *
 * @param place where it stands, in words
 * @param placeId the course place it stands in, whose courses it offers (none: all)
 */
public record Device(long id, String name, String place, DeviceKind kind, Language language, int idleTimeoutSeconds,
		Set<DeviceFeature> features, @Nullable Instant enrolledAt, @Nullable Instant lastSeenAt,
		@Nullable Instant revokedAt, @Nullable Long placeId) {

	/** How long a device may stay quiet before the admin list flags it. */
	public static final Duration SILENCE = Duration.ofMinutes(3);

	public boolean isEnrolled() {
		return this.enrolledAt != null && this.revokedAt == null;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	/** Enrolled, but no sign of life for longer than {@link #SILENCE}. */
	public boolean isSilent(Instant now) {
		return isEnrolled() && (this.lastSeenAt == null || this.lastSeenAt.plus(SILENCE).isBefore(now));
	}

}
