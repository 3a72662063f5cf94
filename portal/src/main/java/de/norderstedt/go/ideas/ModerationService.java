package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation before publication: a moderator publishes a new idea (and hands it to a
 * working group), asks the author for a change, or rejects it; always with a reason in
 * words that reaches the author.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ModerationService {

	/** Longest list of waiting ideas shown at once. */
	public static final int MAX_QUEUE = 200;

	private final IdeaRepository ideas;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationService(IdeaRepository ideas, IdeaLifecycle lifecycle, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Ideas waiting for a moderator, oldest first. */
	@Transactional(readOnly = true)
	public List<IdeaSummary> queue() {
		return this.ideas.waitingForModeration(MAX_QUEUE);
	}

	/** Any idea, published or not, as a moderator sees it. */
	@Transactional(readOnly = true)
	public Optional<IdeaDetails> idea(long ideaId) {
		return this.ideas.find(ideaId);
	}

	/** What moderators asked the author to change, oldest first, and whether they did. */
	@Transactional(readOnly = true)
	public List<ModerationNote> requests(long ideaId) {
		return this.ideas.moderationNotes(ideaId);
	}

	/**
	 * Publishes a waiting idea and hands it to its lead working group.
	 * @param groupId the lead group (field {@code group}); null keeps the one the author
	 * chose
	 * @param justification what the author reads (field {@code justification})
	 * @throws Refusal without a justification or a group, or when the idea is not waiting
	 */
	@Transactional
	public void publish(long ideaId, @Nullable Long groupId, @Nullable String justification) {
		IdeaDetails idea = waiting(ideaId);
		Long group = groupId != null ? groupId : idea.groupId();
		if (group == null || !this.ideas.groupExists(group)) {
			throw Refusal.at("group", "ideas.error.group-missing");
		}
		// published first: the database lets only a published idea be in review
		this.ideas.markPublished(ideaId, group, this.clock.instant());
		this.lifecycle.move(ideaId, IdeaState.IN_REVIEW, justification, me());
	}

	/**
	 * Rejects a waiting idea: it is never published, and the author reads why.
	 * @throws Refusal without a justification, or when the idea is not waiting
	 */
	@Transactional
	public void reject(long ideaId, @Nullable String justification) {
		waiting(ideaId);
		this.lifecycle.move(ideaId, IdeaState.NOT_FEASIBLE, justification, me());
	}

	/**
	 * Asks the author to change a waiting idea; it stays unpublished until then.
	 * @param note what to change, in words (field {@code note})
	 * @throws Refusal without a note, or when the idea is not waiting
	 */
	@Transactional
	public void askForChange(long ideaId, @Nullable String note) {
		String text = Input.requiredLines("note", note, IdeaLifecycle.MAX_JUSTIFICATION_LENGTH,
				"ideas.error.note-empty");
		waiting(ideaId);
		long noteId = this.ideas.insertModerationNote(ideaId, text, me(), this.clock.instant());
		this.events.publishEvent(new IdeaEvents.ChangeRequested(ideaId, noteId));
	}

	/**
	 * Moves a published idea on (parks it, puts it up for evaluation, selects it, ...):
	 * the author and every supporter read the justification.
	 * @throws Refusal without a justification, or when the idea cannot go there from
	 * where it is
	 */
	@Transactional
	public void decide(long ideaId, IdeaState to, @Nullable String justification) {
		IdeaDetails idea = this.ideas.find(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!idea.isPublished()) {
			throw new Refusal("ideas.error.not-published");
		}
		this.lifecycle.move(ideaId, to, justification, me());
	}

	private IdeaDetails waiting(long ideaId) {
		IdeaDetails idea = this.ideas.find(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (idea.state() != IdeaState.SUBMITTED || idea.isPublished()) {
			throw new Refusal("ideas.error.not-waiting");
		}
		return idea;
	}

	private @Nullable Long me() {
		return this.accounts.signedInAccountId().orElse(null);
	}

}
