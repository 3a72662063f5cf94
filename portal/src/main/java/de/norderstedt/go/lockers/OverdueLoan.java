package de.norderstedt.go.lockers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item not back after its slot, with who borrowed it, how to reach them and how they
 * were told, for the staff of its station.
 *
 * @param borrower the name the person gave her account
 * @param email the address of her notification settings, as stored; null: no contact
 * @param notices the overdue notice and the reminders staff sent, oldest first
 */
public record OverdueLoan(Reservation reservation, String borrower, @Nullable String email,
		List<BorrowerNotice> notices) {
}
