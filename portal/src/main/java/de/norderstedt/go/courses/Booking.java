package de.norderstedt.go.courses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A booking of one person for one course date.
 *
 * @param accountId the person's own account, when they booked for themselves signed in
 * @param bookedBy the account that made the booking, also when booking for someone else
 * @param noShow a trainer marked the person as not come
 * @param waitingPosition the place on the waiting list (1 = next), 0 unless waiting
 * @param progressConsent the person agreed that the course's trainers see her tutorial
 * progress on the day of this date (only for a booking of her own account)
 */
public record Booking(long id, long dateId, String code, BookingStatus status, String name, @Nullable String phone,
		@Nullable String email, @Nullable Long accountId, @Nullable Long bookedBy, Instant createdAt,
		@Nullable Instant checkedInAt, boolean noShow, int waitingPosition, boolean progressConsent) {

	/**
	 * The name of a booking whose personal data was deleted after its retention period
	 * ({@code go.privacy.retention.guest-bookings}): a dash, the same in every language.
	 */
	public static final String ANONYMISED = "–";

	/** Whom the app tells about this booking: the person's account, or the booker's. */
	public @Nullable Long recipientId() {
		return this.accountId != null ? this.accountId : this.bookedBy;
	}

	/**
	 * A booking without an account that left an e-mail address: its messages go there (a
	 * booking with only a phone number gets none).
	 */
	public boolean toldByEmail() {
		return recipientId() == null && this.email != null;
	}

	public boolean isCheckedIn() {
		return this.checkedInAt != null;
	}

}
