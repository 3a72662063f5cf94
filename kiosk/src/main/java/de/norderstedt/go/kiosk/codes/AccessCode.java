package de.norderstedt.go.kiosk.codes;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed access code grants. The code is valid from {@code validFrom} (inclusive)
 * until {@code validUntil} (exclusive); the instants are at whole seconds because the
 * signed form carries epoch seconds only.
 *
 * @param id 8 random bytes as a long, unique per code
 * @param stationId the locker station (an unsigned 32-bit number)
 * @param compartment the compartment number, 1..255
 * @param action what the code is for
 * @param validFrom first instant the code may be used
 * @param validUntil instant from which the code is expired
 */
public record AccessCode(long id, long stationId, int compartment, CodeAction action, Instant validFrom,
		Instant validUntil) {

	/**
	 * Validates the ranges the signed form can carry, so that signing never loses
	 * information.
	 */
	public AccessCode {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
		if (stationId < 0 || stationId > 0xFFFF_FFFFL) {
			throw new IllegalArgumentException("stationId must fit 32 bits unsigned: " + stationId);
		}
		if (compartment < 1 || compartment > 255) {
			throw new IllegalArgumentException("compartment must be 1..255: " + compartment);
		}
		checkSeconds(validFrom, "validFrom");
		checkSeconds(validUntil, "validUntil");
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("validUntil before validFrom");
		}
	}

	private static void checkSeconds(Instant instant, String name) {
		if (instant.getNano() != 0 || instant.getEpochSecond() < 0 || instant.getEpochSecond() > 0xFFFF_FFFFL) {
			throw new IllegalArgumentException(name + " must be whole seconds within 1970..2106: " + instant);
		}
	}

}
