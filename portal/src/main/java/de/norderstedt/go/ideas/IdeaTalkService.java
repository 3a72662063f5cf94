package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.List;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people say about ideas: comments, shown once a moderator let them through, and
 * reports about an idea or a comment, which hide it after a set number until a moderator
 * decides.
 */
@Service
public class IdeaTalkService {

	/** Longest comment. */
	public static final int MAX_COMMENT_LENGTH = 1_000;

	/** Longest reason for a report. */
	public static final int MAX_REASON_LENGTH = 500;

	/** Longest list of waiting comments or reported things shown at once. */
	public static final int MAX_LIST = 200;

	private final CommentRepository comments;

	private final IdeaRepository ideas;

	private final AccountService accounts;

	private final IdeasProperties properties;

	private final Clock clock;

	IdeaTalkService(CommentRepository comments, IdeaRepository ideas, AccountService accounts,
			IdeasProperties properties, Clock clock) {
		this.comments = comments;
		this.ideas = ideas;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** The comments shown on a published idea's page, oldest first. */
	@Transactional(readOnly = true)
	public List<IdeaComment> comments(long ideaId) {
		return this.comments.shown(ideaId);
	}

	/**
	 * A comment on a published idea; it is shown once a moderator let it through.
	 * @throws Refusal at {@code comment} for an empty, too long or invisible-character
	 * text; when nobody is signed in or the idea is not public
	 */
	@Transactional
	public void comment(long ideaId, @Nullable String text) {
		long account = signedIn("ideas.error.comment-sign-in");
		String body = Input.requiredLines("comment", text, MAX_COMMENT_LENGTH, "ideas.error.comment-empty");
		this.ideas.lockPublicState(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		this.comments.insert(ideaId, account, body, this.clock.instant());
	}

	/**
	 * Reports a published idea; after enough reports it is hidden until a moderator
	 * decides.
	 * @return false when the person had reported it already
	 * @throws Refusal at {@code reason} without a reason; when nobody is signed in
	 */
	@Transactional
	public boolean reportIdea(long ideaId, @Nullable String reason) {
		long account = signedIn("ideas.error.report-sign-in");
		String why = Input.requiredLines("reason", reason, MAX_REASON_LENGTH, "ideas.error.report-reason-empty");
		// the idea's lock counts concurrent reports one after another
		if (!this.ideas.lockPublished(ideaId)) {
			throw new Refusal("ideas.error.unknown");
		}
		boolean added = this.comments.report(ideaId, null, account, why, this.clock.instant());
		if (added && this.comments.openReports(ideaId, null) >= this.properties.reportsToHide()) {
			this.comments.hideIdea(ideaId, this.clock.instant());
		}
		return added;
	}

	/**
	 * Reports a shown comment; after enough reports it is hidden until a moderator
	 * decides.
	 * @return false when the person had reported it already
	 * @throws Refusal at {@code reason} without a reason; when nobody is signed in
	 */
	@Transactional
	public boolean reportComment(long commentId, @Nullable String reason) {
		long account = signedIn("ideas.error.report-sign-in");
		String why = Input.requiredLines("reason", reason, MAX_REASON_LENGTH, "ideas.error.report-reason-empty");
		this.comments.lockShownComment(commentId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		boolean added = this.comments.report(null, commentId, account, why, this.clock.instant());
		if (added && this.comments.openReports(null, commentId) >= this.properties.reportsToHide()) {
			this.comments.hideComment(commentId, this.clock.instant());
		}
		return added;
	}

	/** Comments waiting for a moderator, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public List<ReportedThing> waitingComments() {
		return this.comments.waiting(MAX_LIST);
	}

	/**
	 * Lets a waiting comment through, or rejects it.
	 * @throws Refusal when it is not waiting any more
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public void decideComment(long commentId, boolean publish) {
		if (!this.comments.decide(commentId, publish, this.clock.instant())) {
			throw new Refusal("ideas.error.comment-not-waiting");
		}
	}

	/** Ideas and comments with open reports: the hidden ones first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public List<ReportedThing> reported() {
		return this.comments.reported(MAX_LIST);
	}

	/**
	 * Decides about a reported idea or comment: shown again, or kept hidden. The reports
	 * are closed either way.
	 * @param commentId the comment, or null for the idea
	 * @throws Refusal when there is no open report about it
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public void decideReports(long ideaId, @Nullable Long commentId, boolean show) {
		if (this.comments.review(commentId == null ? ideaId : null, commentId, this.clock.instant()) == 0) {
			throw new Refusal("ideas.error.report-decided");
		}
		if (show) {
			this.comments.restore(commentId == null ? ideaId : null, commentId);
		}
		else if (commentId != null) {
			this.comments.hideComment(commentId, this.clock.instant());
		}
		else {
			this.comments.hideIdea(ideaId, this.clock.instant());
		}
	}

	private long signedIn(String refusal) {
		return this.accounts.signedInAccountId().orElseThrow(() -> new Refusal(refusal));
	}

}
