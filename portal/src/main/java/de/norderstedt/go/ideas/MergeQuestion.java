package de.norderstedt.go.ideas;

import java.util.List;

/**
 * The question to tell after a merge: does each of these people support the idea the
 * merged one continues in?
 *
 * @param asked the accounts that have not answered yet
 */
public record MergeQuestion(long mergedId, String mergedTitle, long intoId, String intoTitle, List<Long> asked) {

	public MergeQuestion {
		asked = List.copyOf(asked);
	}

}
