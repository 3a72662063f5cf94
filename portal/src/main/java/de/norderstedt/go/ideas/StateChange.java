package de.norderstedt.go.ideas;

import java.util.List;

/**
 * A change of an idea's state to tell the people it concerns.
 *
 * @param recipients the author's account (if any) and the account of everyone who
 * supported it by then
 */
public record StateChange(long ideaId, String title, IdeaState to, String justification, List<Long> recipients) {

	public StateChange {
		recipients = List.copyOf(recipients);
	}

}
