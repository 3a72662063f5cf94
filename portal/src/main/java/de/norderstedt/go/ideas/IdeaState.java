package de.norderstedt.go.ideas;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an idea stands. The database holds the same rules (table
 * {@code idea_transition_rule} and a trigger): a state follows another only along
 * {@link #next()}.
 */
public enum IdeaState {

	/** Eingereicht: waits for a moderator; not public yet. */
	SUBMITTED,

	/** In Prüfung: published; its working group looks at it. */
	IN_REVIEW,

	/** Im Ideenspeicher: parked for a later year, perhaps with a date to come back. */
	STORED,

	/** In Bewertung: in an evaluation round of its working group. */
	IN_EVALUATION,

	/** Ausgewählt: chosen to become a project. */
	SELECTED,

	/** In Umsetzung: a project works on it. */
	IN_PROGRESS,

	/** Umgesetzt: done. */
	DONE,

	/** Zusammengeführt: continued in another idea. */
	MERGED,

	/** Nicht umsetzbar: cannot be done (always with the reason). */
	NOT_FEASIBLE,

	/** Zurückgezogen: the author took it back. */
	WITHDRAWN;

	/** The states this one may go to. */
	public Set<IdeaState> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(IN_REVIEW, NOT_FEASIBLE, MERGED, WITHDRAWN);
			case IN_REVIEW -> EnumSet.of(STORED, IN_EVALUATION, NOT_FEASIBLE, MERGED, WITHDRAWN);
			case STORED -> EnumSet.of(IN_REVIEW, IN_EVALUATION, NOT_FEASIBLE, MERGED, WITHDRAWN);
			case IN_EVALUATION -> EnumSet.of(SELECTED, STORED, NOT_FEASIBLE, MERGED, WITHDRAWN);
			case SELECTED -> EnumSet.of(IN_PROGRESS, STORED, NOT_FEASIBLE);
			case IN_PROGRESS -> EnumSet.of(DONE, NOT_FEASIBLE);
			case DONE, MERGED, NOT_FEASIBLE, WITHDRAWN -> EnumSet.noneOf(IdeaState.class);
		};
	}

	public boolean mayBecome(IdeaState state) {
		return next().contains(state);
	}

	/** Nothing follows: done, merged, not feasible or withdrawn. */
	public boolean isFinal() {
		return next().isEmpty();
	}

	/** The key of its name in the UI texts ({@code ideas.state.in-review}). */
	public String messageKey() {
		return "ideas.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
