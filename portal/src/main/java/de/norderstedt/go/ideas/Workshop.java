package de.norderstedt.go.ideas;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A workshop (Zukunftswerkstatt) or a pile of paper forms whose ideas staff enter.
 *
 * @param ideas how many ideas were entered for it so far
 */
public record Workshop(long id, String title, LocalDate heldOn, String place, @Nullable String notes, int ideas) {
}
