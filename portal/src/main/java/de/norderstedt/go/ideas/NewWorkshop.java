package de.norderstedt.go.ideas;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A workshop as staff typed it, before it is checked.
 *
 * @param title what it was called (field {@code title})
 * @param heldOn the day it took place (field {@code heldOn})
 * @param place where (field {@code place})
 * @param notes anything worth knowing later, such as who moderated it (field
 * {@code notes})
 */
public record NewWorkshop(@Nullable String title, @Nullable LocalDate heldOn, @Nullable String place,
		@Nullable String notes) {
}
