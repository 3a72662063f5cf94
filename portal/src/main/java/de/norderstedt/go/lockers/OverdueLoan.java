package de.norderstedt.go.lockers;

import org.jspecify.annotations.Nullable;

/**
 * An item not back after its slot, with who borrowed it and how to reach them, for the
 * staff of its station.
 *
 * @param borrower the name the person gave her account
 * @param email the address of her notification settings, as stored; null: no contact
 */
public record OverdueLoan(Reservation reservation, String borrower, @Nullable String email) {
}
