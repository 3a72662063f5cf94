package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * An idea as a person typed it, before it is checked.
 *
 * @param title a short name for the idea
 * @param problem what is the problem today
 * @param proposal what the idea is
 * @param beneficiaries who would benefit
 * @param districtId the district it concerns, if one
 * @param groupId the working group the person thinks fits, if they chose one
 * @param topicId the area of interest it concerns, if one
 * @param authorName the name to show, when the person wants to be named (otherwise a
 * pseudonym)
 * @param email where to tell a person without an account what became of the idea
 * @param emailConsent whether the person agreed to the sentence about the e-mail address
 * @param language the language the person used ({@code de} or {@code en})
 */
public record NewIdea(String title, String problem, String proposal, String beneficiaries, @Nullable Long districtId,
		@Nullable Long groupId, @Nullable Long topicId, @Nullable IdeaPicture picture, @Nullable String authorName,
		@Nullable String email, boolean emailConsent, String language) {
}
