package de.norderstedt.go.courses;

import org.jspecify.annotations.Nullable;

/**
 * A booking as a person asks for it, for themselves or for someone else.
 *
 * @param dateId the course date
 * @param name who comes
 * @param phone how to reach them (phone or e-mail needed without an account)
 * @param email how to reach them
 * @param forSelf whether a signed-in person books for themselves (the booking then
 * belongs to their account)
 * @param progressConsent whether the person agrees that the course's trainers see which
 * tutorials she has done, on the day of the date (only when booking for herself)
 */
public record BookingRequest(long dateId, String name, @Nullable String phone, @Nullable String email, boolean forSelf,
		boolean progressConsent) {

	/** A booking without consent to show tutorial progress. */
	public BookingRequest(long dateId, String name, @Nullable String phone, @Nullable String email, boolean forSelf) {
		this(dateId, name, phone, email, forSelf, false);
	}

}
