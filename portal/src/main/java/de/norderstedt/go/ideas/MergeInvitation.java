package de.norderstedt.go.ideas;

/**
 * A question to an author or supporter of an idea that was merged into another: do they
 * support the one it continues in? Nothing moves until they answer yes.
 *
 * @param mergedId the idea that was merged
 * @param mergedTitle its title
 * @param intoId the idea it continues in
 */
public record MergeInvitation(long mergedId, String mergedTitle, long intoId) {
}
