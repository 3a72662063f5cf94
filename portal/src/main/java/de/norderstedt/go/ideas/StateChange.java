package de.norderstedt.go.ideas;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change of an idea's state to tell the people it concerns.
 *
 * @param authorId the author's account, if they have one
 * @param supporters the accounts of everyone else who supported it by then
 */
public record StateChange(long ideaId, String title, IdeaState to, String justification, @Nullable Long authorId,
		List<Long> supporters) {

	public StateChange {
		supporters = List.copyOf(supporters);
	}

}
