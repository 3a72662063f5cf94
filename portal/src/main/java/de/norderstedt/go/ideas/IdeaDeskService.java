package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working group's desk: the published ideas it has to answer (with the day the first
 * answer is due, overdue ones first) and parked ideas that are due again; and its
 * answers: park an idea in the Ideenspeicher until a set day, take it back into review,
 * find it not feasible, record that the author withdrew it, or merge it into another
 * idea. Members of the idea's lead group decide, and moderators and admins.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IdeaDeskService {

	/** Longest desk shown at once. */
	public static final int MAX_DESK = 200;

	/** A Wiedervorlage lies at most this many years ahead. */
	public static final int MAX_RESUBMIT_YEARS = 5;

	private final IdeaRepository ideas;

	private final EvaluationRepository groups;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdeaDeskService(IdeaRepository ideas, EvaluationRepository groups, IdeaLifecycle lifecycle, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.groups = groups;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the person has a desk: a member of a working group, a moderator or admin.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public boolean hasDesk() {
		return this.accounts.currentAccount()
			.map(a -> staff(a) || !this.groups.groupsOf(a.id()).isEmpty())
			.orElse(false);
	}

	/** The ideas on the person's desk: overdue first, then by the day they are due. */
	@Transactional(readOnly = true)
	public List<DeskItem> desk() {
		Account me = account();
		return this.ideas.desk(staff(me) ? null : this.groups.groupsOf(me.id()), today(), MAX_DESK);
	}

	/** A published idea the person may decide about. */
	@Transactional(readOnly = true)
	public Optional<IdeaDetails> idea(long ideaId) {
		return this.ideas.findPublic(ideaId).filter(this::mayDecide);
	}

	/**
	 * Where the idea can go from the desk (evaluation, selection and projects have their
	 * own pages; merging is {@link #merge}).
	 */
	public static List<IdeaState> answers(IdeaState from) {
		return List.of(IdeaState.STORED, IdeaState.IN_REVIEW, IdeaState.NOT_FEASIBLE, IdeaState.WITHDRAWN)
			.stream()
			.filter(from::mayBecome)
			.toList();
	}

	/**
	 * Answers an idea: the author and every supporter read the justification.
	 * @param resubmitOn when parking (field {@code resubmitOn}): the day it comes back
	 * @throws Refusal without a justification, without a Wiedervorlage day in the future
	 * when parking, or when the idea cannot go there
	 */
	@Transactional
	public void decide(long ideaId, @Nullable IdeaState to, @Nullable String justification,
			@Nullable LocalDate resubmitOn) {
		IdeaDetails idea = decidable(ideaId);
		if (to == null || !answers(idea.state()).contains(to)) {
			throw Refusal.at("state", "ideas.error.answer-missing");
		}
		if (to == IdeaState.STORED) {
			resubmitDay(resubmitOn, today());
		}
		this.lifecycle.move(ideaId, to, justification, me());
		this.ideas.resubmitOn(ideaId, to == IdeaState.STORED ? resubmitOn : null);
	}

	/**
	 * The Wiedervorlage day of an idea being parked, checked: after today and at most
	 * {@link #MAX_RESUBMIT_YEARS} years ahead.
	 * @throws Refusal at {@code resubmitOn}
	 */
	static LocalDate resubmitDay(@Nullable LocalDate day, LocalDate today) {
		if (day == null) {
			throw Refusal.at("resubmitOn", "ideas.error.resubmit-missing");
		}
		if (!day.isAfter(today) || day.isAfter(today.plusYears(MAX_RESUBMIT_YEARS))) {
			throw Refusal.at("resubmitOn", "ideas.error.resubmit-range", MAX_RESUBMIT_YEARS);
		}
		return day;
	}

	/**
	 * Published ideas this one may be merged into, like the typed words (or like its own
	 * title when nothing is typed).
	 */
	@Transactional(readOnly = true)
	public List<SimilarIdea> mergeTargets(long ideaId, @Nullable String typed) {
		IdeaDetails idea = this.ideas.find(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		mayDecideOrModerate(idea);
		String words = typed == null || typed.isBlank() ? idea.title() : typed.strip();
		return this.ideas.similar(words, IdeaService.SIMILAR_LIMIT + 1)
			.stream()
			.filter(s -> s.id() != ideaId && !s.state().isFinal())
			.limit(IdeaService.SIMILAR_LIMIT)
			.toList();
	}

	/**
	 * Merges an idea (waiting or published) into a published one: it stays readable and
	 * points there. Its author and supporters read why and are asked whether they support
	 * the other idea; its count changes only when they say yes.
	 * @throws Refusal at {@code into} for a missing, the same or a closed idea; without a
	 * justification; when the idea cannot be merged from where it is
	 */
	@Transactional
	public void merge(long ideaId, @Nullable Long intoId, @Nullable String justification) {
		IdeaDetails idea = this.ideas.find(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		mayDecideOrModerate(idea);
		if (intoId == null || intoId == ideaId) {
			throw Refusal.at("into", "ideas.error.merge-target");
		}
		// both rows locked in the order of their ids, as every merge does
		this.ideas.lockState(Math.min(ideaId, intoId));
		this.ideas.lockState(Math.max(ideaId, intoId));
		if (!this.ideas.isOpenForMerge(intoId)) {
			throw Refusal.at("into", "ideas.error.merge-target");
		}
		this.lifecycle.merge(ideaId, intoId, justification, me());
		if (this.ideas.inviteToMerged(ideaId, intoId, this.ideas.people(ideaId), this.clock.instant()) > 0) {
			this.events.publishEvent(new IdeaEvents.IdeaMerged(ideaId, intoId));
		}
	}

	private IdeaDetails decidable(long ideaId) {
		IdeaDetails idea = this.ideas.findPublic(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!mayDecide(idea)) {
			throw new AccessDeniedException("not a member of the idea's lead group");
		}
		return idea;
	}

	private void mayDecideOrModerate(IdeaDetails idea) {
		if (!(idea.isPublished() ? mayDecide(idea) : staff(account()))) {
			throw new AccessDeniedException("not a member of the idea's lead group");
		}
	}

	private boolean mayDecide(IdeaDetails idea) {
		Account me = account();
		Long group = idea.groupId();
		return staff(me) || (group != null && this.groups.isMember(group, me.id()));
	}

	private static boolean staff(Account account) {
		return account.roles().contains(Role.ADMIN) || account.roles().contains(Role.MODERATOR);
	}

	private LocalDate today() {
		return CityTime.date(this.clock.instant());
	}

	private Account account() {
		return this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	private @Nullable Long me() {
		return this.accounts.signedInAccountId().orElse(null);
	}

}
