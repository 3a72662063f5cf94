package de.norderstedt.go.lockers;

import java.time.Instant;
import java.util.List;

import de.norderstedt.go.kiosk.codes.CodeAction;

/** What the locker terminal tells the person after a code was shown or typed. */
public sealed interface TerminalOutcome {

	/**
	 * The compartment's lock was released: its door is open now.
	 *
	 * @param action pickup: take the item out; return: put it back
	 * @param end when the slot ends (the item is due back then)
	 */
	record Opened(long reservationId, int compartment, CodeAction action, ItemType type, String itemName,
			Instant end) implements TerminalOutcome {
	}

	/**
	 * Nothing opened, and why: the key of a UI text and its arguments (for example the
	 * time the slot begins).
	 */
	record Refused(String messageKey, List<Object> arguments) implements TerminalOutcome {

		public Refused(String messageKey) {
			this(messageKey, List.of());
		}

	}

}
