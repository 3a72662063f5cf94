package de.norderstedt.go.lockers;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeAction;
import org.springframework.stereotype.Component;

/**
 * Makes the codes of a reservation: a signed code for the QR code and an eight-digit
 * number for the keypad, both for one action at one compartment within a time window.
 */
@Component
class AccessCodeIssuer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessCodeRepository codes;

	private final AccessCodeKeys keys;

	private final LockerProperties properties;

	AccessCodeIssuer(AccessCodeRepository codes, AccessCodeKeys keys, LockerProperties properties) {
		this.codes = codes;
		this.keys = keys;
		this.properties = properties;
	}

	/** The pickup code: from a little before the slot to its end. */
	AccessPass pickup(Reservation reservation) {
		return this.codes.find(reservation.id(), CodeAction.PICKUP)
			.map(AccessCodeRepository.StoredCode::pass)
			.orElseGet(() -> issue(reservation, CodeAction.PICKUP,
					reservation.start().minus(this.properties.pickupEarly()), reservation.end()));
	}

	/**
	 * The return code: from pickup until well after the slot (late returns must work).
	 */
	AccessPass giveBack(Reservation reservation, Instant pickedUp) {
		return this.codes.find(reservation.id(), CodeAction.RETURN)
			.map(AccessCodeRepository.StoredCode::pass)
			.orElseGet(() -> issue(reservation, CodeAction.RETURN, pickedUp,
					reservation.end().plus(this.properties.returnGrace())));
	}

	/** The reservation's open codes stop working (it was cancelled). */
	void revoke(long reservationId, Instant now) {
		this.codes.revokeAll(reservationId, now);
	}

	private AccessPass issue(Reservation reservation, CodeAction action, Instant from, Instant until) {
		long id = RANDOM.nextLong() & Long.MAX_VALUE;
		Instant validFrom = from.truncatedTo(ChronoUnit.SECONDS);
		Instant validUntil = until.truncatedTo(ChronoUnit.SECONDS);
		String text = AccessCodes.sign(new AccessCode(id, reservation.stationId(), reservation.compartmentNumber(),
				action, validFrom, validUntil), this.keys.signing());
		String number;
		do {
			number = "%08d".formatted(RANDOM.nextInt(100_000_000));
		}
		while (this.codes.numberInUse(reservation.stationId(), number));
		this.codes.insert(id, reservation.id(), reservation.stationId(), action, text, number, validFrom, validUntil);
		return new AccessPass(reservation.id(), action, text, number, validFrom, validUntil);
	}

}
