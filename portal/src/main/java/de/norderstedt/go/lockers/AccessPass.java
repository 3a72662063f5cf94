package de.norderstedt.go.lockers;

import java.time.Instant;

import de.norderstedt.go.kiosk.codes.CodeAction;

/**
 * What a person shows the locker terminal: the signed code as a QR code, and the same
 * permission as a number to type.
 *
 * @param qrText the signed code (the content of the QR code)
 * @param numericCode eight digits for the terminal's keypad
 */
public record AccessPass(long reservationId, CodeAction action, String qrText, String numericCode, Instant validFrom,
		Instant validUntil) {
}
