package de.norderstedt.go.ideas;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a workshop's audit trail: who did what, when.
 *
 * @param actorName the staff account's name; null when the account was deleted
 * @param ideaTitle the idea entered ({@link WorkshopAction#IDEA_CAPTURED})
 * @param ideaCount how many ideas a file brought ({@link WorkshopAction#CSV_IMPORTED})
 */
public record WorkshopAuditEntry(WorkshopAction action, @Nullable String actorName, @Nullable String ideaTitle,
		@Nullable Integer ideaCount, Instant at) {
}
