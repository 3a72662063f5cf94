package de.norderstedt.go.ideas;

import java.time.Clock;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves ideas from state to state: only along the rules, only with a justification in
 * words, and every step one event that reaches the author and the supporters. The
 * database holds the same rules; this refuses first, in words a person reads.
 */
@Component
class IdeaLifecycle {

	/** Longest justification. */
	static final int MAX_JUSTIFICATION_LENGTH = 2_000;

	private final IdeaRepository ideas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdeaLifecycle(IdeaRepository ideas, ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The first entry of a new idea's timeline.
	 * @return the entry's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long started(long ideaId, String justification, @Nullable Long by) {
		long transition = this.ideas.transition(ideaId, null, IdeaState.SUBMITTED, justification, by,
				this.clock.instant());
		this.events.publishEvent(new IdeaEvents.IdeaStateChanged(ideaId, transition, null, IdeaState.SUBMITTED));
		return transition;
	}

	/**
	 * Moves the idea to a new state.
	 * @param justification why, in words the author reads (field {@code justification})
	 * @return the state it came from
	 * @throws Refusal without a justification, for an unknown idea, or when the idea
	 * cannot go to that state from where it is
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	IdeaState move(long ideaId, IdeaState to, @Nullable String justification, @Nullable Long by) {
		if (to == IdeaState.MERGED) {
			throw new IllegalArgumentException("a merge names the idea it continues in");
		}
		return move(ideaId, to, justification, by, null);
	}

	/**
	 * Merges the idea into another: it stays readable and points there.
	 * @return the state it came from
	 * @throws Refusal as {@link #move}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	IdeaState merge(long ideaId, long intoId, @Nullable String justification, @Nullable Long by) {
		return move(ideaId, IdeaState.MERGED, justification, by, intoId);
	}

	private IdeaState move(long ideaId, IdeaState to, @Nullable String justification, @Nullable Long by,
			@Nullable Long mergedInto) {
		String why = Input.requiredLines("justification", justification, MAX_JUSTIFICATION_LENGTH,
				"ideas.error.justification-empty");
		IdeaState from = this.ideas.lockState(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!from.mayBecome(to)) {
			throw Refusal.at("state", "ideas.error.transition", new Texts.Key(from.messageKey()),
					new Texts.Key(to.messageKey()));
		}
		long transition = this.ideas.transition(ideaId, from, to, why, by, mergedInto, this.clock.instant());
		this.events.publishEvent(new IdeaEvents.IdeaStateChanged(ideaId, transition, from, to));
		return from;
	}

}
