package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * An idea a person gave in a workshop or on a paper form, as staff typed it in for them.
 *
 * @param personName the person's name as they gave it (field {@code person}): the idea is
 * credited to them, not to the staff account
 * @param nameShown whether the person agreed to have the name shown with the idea
 * (otherwise a pseudonym is shown)
 * @param channel {@link IdeaChannel#WORKSHOP} or {@link IdeaChannel#PAPER}
 */
public record CapturedIdea(String title, String problem, String proposal, String beneficiaries,
		@Nullable Long districtId, @Nullable Long groupId, @Nullable Long topicId, String personName, boolean nameShown,
		IdeaChannel channel) {
}
