package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation rounds: an admin opens a round for a working group with the current criteria
 * set and the group's ideas; members score each idea blind (nobody sees totals before
 * handing in their own sheet) or declare a conflict of interest; the chair decides every
 * idea with a rationale, and only then closes the round, which publishes the decisions.
 * Totals are computed from the raw scores each time they are shown.
 */
@Service
public class EvaluationService {

	/** Longest round title. */
	public static final int MAX_TITLE_LENGTH = 120;

	/** Longest reason for a conflict of interest. */
	public static final int MAX_CONFLICT_LENGTH = 500;

	/** Most ideas a round offers to choose from, and most rounds listed. */
	public static final int MAX_LIST = 200;

	/** Where a round may send an idea. */
	public static final Set<IdeaState> DECISIONS = Set.of(IdeaState.SELECTED, IdeaState.STORED, IdeaState.NOT_FEASIBLE);

	private final EvaluationRepository rounds;

	private final IdeaRepository ideas;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final Clock clock;

	EvaluationService(EvaluationRepository rounds, IdeaRepository ideas, IdeaLifecycle lifecycle,
			AccountService accounts, Clock clock) {
		this.rounds = rounds;
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The criteria new rounds score with. */
	@Transactional(readOnly = true)
	public CriteriaSet currentCriteria() {
		return this.rounds.currentSet(false);
	}

	/**
	 * New weights: a new version of the criteria set (the old one stays with the rounds
	 * that scored with it); open rounds nobody scored in yet take it.
	 * @param weights criterion slug → weight; every criterion, adding up to 100
	 * @throws Refusal at {@code weight-<slug>} for a missing or impossible weight, at
	 * {@code weights} when they do not add up to 100
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public CriteriaSet reweigh(Map<String, Integer> weights) {
		CriteriaSet current = this.rounds.currentSet(true);
		int total = 0;
		for (Criterion criterion : current.criteria()) {
			Integer weight = weights.get(criterion.slug());
			if (weight == null || weight < 0 || weight > 100) {
				throw Refusal.at("weight-" + criterion.slug(), "ideas.error.weight-range");
			}
			total += weight;
		}
		if (total != 100) {
			throw Refusal.at("weights", "ideas.error.weights-total", total);
		}
		long setId = this.rounds.insertVersion(current, weights, me(), this.clock.instant());
		this.rounds.moveUnscoredOpenRounds(setId);
		return this.rounds.set(setId);
	}

	/** Published ideas of the group a new round may take. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<RoundCandidate> candidates(long groupId) {
		return this.rounds.eligible(groupId, CityTime.date(this.clock.instant()), MAX_LIST);
	}

	/**
	 * Opens a round for a working group: its ideas go "In Bewertung", and their authors
	 * and supporters read why.
	 * @throws Refusal at {@code title}, {@code group} (unknown, or it has an open round)
	 * or {@code ideas} (none, or one the round may not take)
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long open(@Nullable Long groupId, @Nullable String title, Set<Long> ideaIds) {
		String name = Input.required("title", title, MAX_TITLE_LENGTH, "ideas.error.round-title-empty");
		IdeaGroup group = (groupId == null ? Optional.<IdeaGroup>empty() : this.rounds.group(groupId))
			.orElseThrow(() -> Refusal.at("group", "ideas.error.group-missing"));
		if (this.rounds.hasOpenRound(group.id())) {
			throw Refusal.at("group", "ideas.error.round-open");
		}
		// parked ideas whose Wiedervorlage has come go into the group's next round
		Set<Long> taken = new TreeSet<>(ideaIds);
		this.rounds.eligible(group.id(), CityTime.date(this.clock.instant()), MAX_LIST)
			.stream()
			.filter(RoundCandidate::due)
			.forEach(c -> taken.add(c.id()));
		if (taken.isEmpty()) {
			throw Refusal.at("ideas", "ideas.error.round-empty");
		}
		for (long ideaId : taken) {
			if (!this.rounds.isEligible(group.id(), ideaId)) {
				throw Refusal.at("ideas", "ideas.error.round-idea");
			}
		}
		long roundId = this.rounds.insertRound(group.id(), this.rounds.currentSet(false).id(), name, me(),
				this.clock.instant());
		for (long ideaId : taken) {
			this.rounds.insertItem(roundId, ideaId);
			this.lifecycle.move(ideaId, IdeaState.IN_EVALUATION,
					"Der Arbeitskreis „" + group.nameDe() + "“ bewertet die Idee in der Runde „" + name + "“.", me());
		}
		return roundId;
	}

	/** The rounds the person may see: an admin all, a member their groups'. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Round> myRounds() {
		Account me = account();
		return me.roles().contains(Role.ADMIN) ? this.rounds.rounds(null, MAX_LIST)
				: this.rounds.rounds(this.rounds.groupsOf(me.id()), MAX_LIST);
	}

	/** Whether the person is a member of any working group (or an admin). */
	@Transactional(readOnly = true)
	public boolean takesPart() {
		return this.accounts.currentAccount()
			.map(a -> a.roles().contains(Role.ADMIN) || !this.rounds.groupsOf(a.id()).isEmpty())
			.orElse(false);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public Optional<Round> round(long roundId) {
		return this.rounds.round(roundId).filter(this::mayLookAt);
	}

	/**
	 * The ideas of a round as the person sees them: totals only of ideas they handed
	 * their sheet in for, or of every idea once the round is closed.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<RoundItem> items(long roundId) {
		Round round = visibleRound(roundId);
		Account me = account();
		boolean member = this.rounds.isMember(round.group().id(), me.id());
		Map<Long, Boolean> sheets = this.rounds.sheetsOf(roundId, me.id());
		CriteriaSet set = this.rounds.set(round.criteriaSetId());
		List<RoundItem> items = new ArrayList<>();
		for (EvaluationRepository.Item item : this.rounds.items(roundId)) {
			Boolean conflict = sheets.get(item.ideaId());
			RoundItem.Sheet sheet = !member ? RoundItem.Sheet.NOT_A_MEMBER : conflict == null ? RoundItem.Sheet.OPEN
					: conflict ? RoundItem.Sheet.CONFLICT : RoundItem.Sheet.SCORED;
			boolean mayKnow = conflict != null || !round.isOpen();
			RoundResults results = mayKnow ? results(round, set, item.ideaId()) : null;
			items.add(new RoundItem(item.ideaId(), item.title(), item.state(), sheet, results, item.decision(),
					item.rationale()));
		}
		return items;
	}

	/**
	 * The totals of one idea, for a person who handed in their sheet for it (blind
	 * scoring: nobody else sees them while the round is open).
	 * @throws Refusal when the person has not handed in their sheet yet
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public RoundResults results(long roundId, long ideaId) {
		Round round = visibleRound(roundId);
		if (round.isOpen() && !this.rounds.sheetsOf(roundId, account().id()).containsKey(ideaId)) {
			throw new Refusal("ideas.error.score-first");
		}
		return results(round, this.rounds.set(round.criteriaSetId()), ideaId);
	}

	private RoundResults results(Round round, CriteriaSet set, long ideaId) {
		return RoundResults.of(set.criteria(), this.rounds.scores(round.id(), ideaId).values(),
				this.rounds.conflicts(round.id(), ideaId));
	}

	/** The criteria a round scores with. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public CriteriaSet criteria(long roundId) {
		return this.rounds.set(visibleRound(roundId).criteriaSetId());
	}

	/**
	 * A member hands in their scores for an idea, once.
	 * @param scores criterion id → 1 to 5, for every criterion of the round
	 * @throws Refusal at {@code criterion-<id>} for a missing or impossible score, or
	 * when the round is closed or the sheet was handed in already
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void score(long roundId, long ideaId, Map<Long, Integer> scores) {
		Round round = openRoundOfMine(roundId, ideaId);
		CriteriaSet set = this.rounds.set(round.criteriaSetId());
		Map<Long, Integer> checked = new LinkedHashMap<>();
		for (Criterion criterion : set.criteria()) {
			Integer score = scores.get(criterion.id());
			if (score == null || score < Criterion.LOWEST || score > Criterion.HIGHEST) {
				throw Refusal.at("criterion-" + criterion.id(), "ideas.error.score-missing");
			}
			checked.put(criterion.id(), score);
		}
		if (scores.size() != checked.size()) {
			throw new Refusal("ideas.error.score-criteria");
		}
		long me = account().id();
		if (!this.rounds.insertSheet(roundId, ideaId, me, null, this.clock.instant())) {
			throw new Refusal("ideas.error.score-twice");
		}
		this.rounds.insertScores(roundId, ideaId, me, set.id(), checked);
	}

	/**
	 * A member declares a conflict of interest for an idea instead of scoring it: they
	 * are left out of its totals.
	 * @throws Refusal at {@code conflict} without a reason, or as {@link #score}
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void declareConflict(long roundId, long ideaId, @Nullable String reason) {
		String why = Input.requiredLines("conflict", reason, MAX_CONFLICT_LENGTH, "ideas.error.conflict-empty");
		openRoundOfMine(roundId, ideaId);
		if (!this.rounds.insertSheet(roundId, ideaId, account().id(), why, this.clock.instant())) {
			throw new Refusal("ideas.error.score-twice");
		}
	}

	/**
	 * The chair (or an admin) decides an idea of an open round: it moves there, and its
	 * author and supporters read the rationale.
	 * @throws Refusal at {@code decision} or {@code rationale}, or when the round is
	 * closed; parking needs {@link #decide(long, long, IdeaState, String, LocalDate) a
	 * Wiedervorlage day}
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void decide(long roundId, long ideaId, @Nullable IdeaState decision, @Nullable String rationale) {
		decide(roundId, ideaId, decision, rationale, null);
	}

	/**
	 * The chair (or an admin) decides an idea of an open round: it moves there, and its
	 * author and supporters read the rationale. A parked idea comes back into the first
	 * round after its Wiedervorlage day.
	 * @param resubmitOn when parking (field {@code resubmitOn}): the day it comes back
	 * @throws Refusal at {@code decision}, {@code rationale} or {@code resubmitOn}, or
	 * when the round is closed
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void decide(long roundId, long ideaId, @Nullable IdeaState decision, @Nullable String rationale,
			@Nullable LocalDate resubmitOn) {
		Round round = chairedOpenRound(roundId);
		EvaluationRepository.Item item = this.rounds.items(roundId)
			.stream()
			.filter(i -> i.ideaId() == ideaId)
			.findFirst()
			.orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (item.decision() != null) {
			throw Refusal.at("decision", "ideas.error.decided-already");
		}
		if (decision == null || !DECISIONS.contains(decision)) {
			throw Refusal.at("decision", "ideas.error.decision-missing");
		}
		String why = Input.requiredLines("rationale", rationale, IdeaLifecycle.MAX_JUSTIFICATION_LENGTH,
				"ideas.error.rationale-empty");
		LocalDate resubmit = decision == IdeaState.STORED
				? IdeaDeskService.resubmitDay(resubmitOn, CityTime.date(this.clock.instant())) : null;
		this.lifecycle.move(ideaId, decision, why, me());
		this.ideas.resubmitOn(ideaId, resubmit);
		this.rounds.decide(round.id(), ideaId, decision, why, me(), this.clock.instant());
	}

	/**
	 * The chair (or an admin) closes a round whose ideas all have a decision; the
	 * decisions are then public.
	 * @throws Refusal while an idea has no decision
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void close(long roundId) {
		Round round = chairedOpenRound(roundId);
		int undecided = this.rounds.undecided(round.id());
		if (undecided > 0) {
			throw new Refusal("ideas.error.round-undecided", undecided);
		}
		this.rounds.close(round.id(), me(), this.clock.instant());
	}

	/** Whether the person chairs the round's group (or is an admin). */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public boolean chairs(long roundId) {
		return this.rounds.round(roundId).map(this::mayChair).orElse(false);
	}

	/** A closed round, for everyone: its decisions are public. */
	@Transactional(readOnly = true)
	public Optional<Round> publishedRound(long roundId) {
		return this.rounds.round(roundId).filter(r -> !r.isOpen());
	}

	/** The decisions of a closed round, for everyone (no scores of single members). */
	@Transactional(readOnly = true)
	public List<RoundItem> publishedDecisions(long roundId) {
		Round round = publishedRound(roundId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		CriteriaSet set = this.rounds.set(round.criteriaSetId());
		return this.rounds.items(roundId)
			.stream()
			.map(item -> new RoundItem(item.ideaId(), item.title(), item.state(), RoundItem.Sheet.NOT_A_MEMBER,
					results(round, set, item.ideaId()), item.decision(), item.rationale()))
			.toList();
	}

	/** Closed rounds, newest first. */
	@Transactional(readOnly = true)
	public List<Round> publishedRounds() {
		return this.rounds.closedRounds(MAX_LIST);
	}

	private Round openRoundOfMine(long roundId, long ideaId) {
		Round round = this.rounds.lockRound(roundId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!this.rounds.isMember(round.group().id(), account().id())) {
			throw new AccessDeniedException("not a member of the round's working group");
		}
		if (!round.isOpen()) {
			throw new Refusal("ideas.error.round-closed");
		}
		if (!this.rounds.hasItem(roundId, ideaId)) {
			throw new Refusal("ideas.error.unknown");
		}
		return round;
	}

	private Round chairedOpenRound(long roundId) {
		Round round = this.rounds.lockRound(roundId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!mayChair(round)) {
			throw new AccessDeniedException("only the chair decides");
		}
		if (!round.isOpen()) {
			throw new Refusal("ideas.error.round-closed");
		}
		return round;
	}

	private Round visibleRound(long roundId) {
		Round round = this.rounds.round(roundId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!mayLookAt(round)) {
			throw new AccessDeniedException("not a member of the round's working group");
		}
		return round;
	}

	private boolean mayLookAt(Round round) {
		Account me = account();
		return me.roles().contains(Role.ADMIN) || this.rounds.isMember(round.group().id(), me.id());
	}

	private boolean mayChair(Round round) {
		Account me = account();
		return me.roles().contains(Role.ADMIN) || this.rounds.isChair(round.group().id(), me.id());
	}

	private Account account() {
		return this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	private @Nullable Long me() {
		return this.accounts.signedInAccountId().orElse(null);
	}

}
