package de.norderstedt.go.ideas;

import java.util.List;
import java.util.Optional;

/**
 * An idea as its author sees it: where it stands, and what a moderator asked them to
 * change before publishing it.
 *
 * @param requests every request for a change, oldest first
 */
public record OwnIdea(IdeaDetails idea, List<ModerationNote> requests) {

	public OwnIdea {
		requests = List.copyOf(requests);
	}

	/** The request the author has not answered yet, if there is one. */
	public Optional<ModerationNote> openRequest() {
		return this.requests.isEmpty() || !this.requests.getLast().isOpen() ? Optional.empty()
				: Optional.of(this.requests.getLast());
	}

	/**
	 * Whether the author may change the words: while the idea waits for its publication
	 * and a moderator asked for a change.
	 */
	public boolean mayRevise() {
		return this.idea.state() == IdeaState.SUBMITTED && !this.idea.isPublished() && openRequest().isPresent();
	}

	/** Whether the author may still take the idea back. */
	public boolean mayWithdraw() {
		return this.idea.state().mayBecome(IdeaState.WITHDRAWN);
	}

}
