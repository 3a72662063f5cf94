package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * What a list of published ideas shows: each criterion narrows it when set.
 *
 * @param text words to search for (German full text, and parts of titles)
 */
public record IdeaFilter(@Nullable IdeaState state, @Nullable Long groupId, @Nullable Long districtId,
		@Nullable Long topicId, @Nullable String text, IdeaSort sort) {

	public static final IdeaFilter ALL = new IdeaFilter(null, null, null, null, null, IdeaSort.NEWEST);

}
