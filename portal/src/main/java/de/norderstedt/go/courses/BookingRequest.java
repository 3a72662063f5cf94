package de.norderstedt.go.courses;

import de.norderstedt.go.accounts.Language;
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
 * @param language the language the person books in: the messages of a booking without an
 * account go to its e-mail address in it
 */
public record BookingRequest(long dateId, String name, @Nullable String phone, @Nullable String email, boolean forSelf,
		boolean progressConsent, Language language) {

	/** A booking in German. */
	public BookingRequest(long dateId, String name, @Nullable String phone, @Nullable String email, boolean forSelf,
			boolean progressConsent) {
		this(dateId, name, phone, email, forSelf, progressConsent, Language.DE);
	}

	/** A booking in German without consent to show tutorial progress. */
	public BookingRequest(long dateId, String name, @Nullable String phone, @Nullable String email, boolean forSelf) {
		this(dateId, name, phone, email, forSelf, false);
	}

}
