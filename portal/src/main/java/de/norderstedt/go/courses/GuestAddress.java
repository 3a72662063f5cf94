package de.norderstedt.go.courses;

import de.norderstedt.go.accounts.Language;

/**
 * Where a guest (a booking without an account) is told about her booking.
 *
 * @param email the address she gave with the booking
 * @param language the language she booked in
 */
public record GuestAddress(long bookingId, String email, Language language) {
}
