package de.norderstedt.go.ideas;

import org.jspecify.annotations.Nullable;

/**
 * An idea in an evaluation round, as the person looking sees it.
 *
 * @param sheet whether the person handed in their sheet for it (scores or a conflict)
 * @param results the totals, only for a person who handed in their sheet (blind scoring)
 * or once the round is closed
 * @param decision where the chair sent the idea, once decided
 */
public record RoundItem(long ideaId, String title, IdeaState state, Sheet sheet, @Nullable RoundResults results,
		@Nullable IdeaState decision, @Nullable String rationale) {

	/** The person's own sheet for the idea. */
	public enum Sheet {

		/** Not handed in yet. */
		OPEN,

		/** Scores handed in. */
		SCORED,

		/** A conflict of interest declared: left out. */
		CONFLICT,

		/** Not a member of the group: nothing to hand in. */
		NOT_A_MEMBER

	}

}
