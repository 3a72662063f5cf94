package de.norderstedt.go.lockers;

import org.jspecify.annotations.Nullable;

/**
 * One compartment on the live board.
 *
 * @param item the item that lives in it (null: none assigned)
 * @param itemInside whether the item is in the compartment (not picked up)
 * @param current the reservation whose slot is now, or which is picked up
 * @param next the next reservation still to be picked up
 * @param overdue the current reservation is picked up and past its end
 */
public record BoardEntry(Compartment compartment, @Nullable Item item, boolean doorOpen, boolean itemInside,
		@Nullable Reservation current, @Nullable Reservation next, boolean overdue) {
}
