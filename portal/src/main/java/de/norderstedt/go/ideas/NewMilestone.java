package de.norderstedt.go.ideas;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A milestone as typed: checked by the service, field by field. */
public record NewMilestone(@Nullable String title, @Nullable String description, @Nullable LocalDate dueOn) {
}
