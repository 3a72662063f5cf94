package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA_CRITERION;
import static de.norderstedt.go.db.Tables.IDEA_SCORE_SHEET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluation rounds against PostgreSQL: blind scoring, conflicts of interest, weighted
 * totals recomputed from the raw scores, decisions with a rationale before a round
 * closes, versioned criteria, and the database's own guards.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class EvaluationServiceTest {

	@Autowired
	EvaluationService evaluation;

	@Autowired
	EvaluationRepository repository;

	@Autowired
	IdeaService ideas;

	@Autowired
	ModerationService moderation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestIdeas testIdeas;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void members_score_blind_a_conflict_is_left_out_and_the_chair_closes_the_round_only_when_all_is_decided() {
		long group = this.testIdeas.group("bewertung");
		long bench = this.testIdeas.publishedIn("Bank am Teich", group);
		long fountain = this.testIdeas.publishedIn("Trinkbrunnen am Markt", group);
		long anna = this.testIdeas.member(group, "round-anna", false);
		this.testIdeas.member(group, "round-bernd", false);
		this.testIdeas.member(group, "round-chair", true);
		this.accounts.ensure("round-outsider", Role.RESIDENT);

		as("round-admin", Role.ADMIN);
		assertThat(this.evaluation.candidates(group)).extracting(RoundCandidate::id)
			.containsExactlyInAnyOrder(bench, fountain);
		long round = this.evaluation.open(group, "Herbst 2026", Set.of(bench, fountain));
		assertThat(this.evaluation.criteria(round).criteria()).extracting(Criterion::slug, Criterion::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("nutzen", 30),
					org.assertj.core.groups.Tuple.tuple("komplexitaet", 15),
					org.assertj.core.groups.Tuple.tuple("nachhaltigkeit", 20),
					org.assertj.core.groups.Tuple.tuple("umsetzbarkeit", 20),
					org.assertj.core.groups.Tuple.tuple("kosten-risiko", 15));
		assertThat(this.ideas.publishedIdea(bench).orElseThrow().state()).isEqualTo(IdeaState.IN_EVALUATION);
		assertThatThrownBy(() -> this.evaluation.open(group, "Noch eine", Set.of(bench)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("group"));

		// Anna sees nothing of the totals before she handed in her own sheet
		as("round-anna", Role.RESIDENT);
		assertThat(this.evaluation.items(round)).allSatisfy(item -> {
			assertThat(item.sheet()).isEqualTo(RoundItem.Sheet.OPEN);
			assertThat(item.results()).isNull();
		});
		assertThatThrownBy(() -> this.evaluation.results(round, bench)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.score-first"));
		this.evaluation.score(round, bench, scores(5, 2, 4, 4, 1));
		// 30·5 + 15·(6−2) + 20·4 + 20·4 + 15·(6−1), over 100
		assertThat(this.evaluation.results(round, bench).mean()).isCloseTo(4.45, within(1e-9));

		// Bernd does not see Anna's score before his own
		as("round-bernd", Role.RESIDENT);
		assertThat(this.evaluation.items(round)).filteredOn(item -> item.ideaId() == bench)
			.singleElement()
			.satisfies(item -> assertThat(item.results()).isNull());
		this.evaluation.score(round, bench, scores(3, 3, 3, 3, 3));
		RoundResults both = this.evaluation.results(round, bench);
		assertThat(both.scored()).isEqualTo(2);
		assertThat(both.mean()).isCloseTo(3.725, within(1e-9));
		assertThat(both.lowest()).isCloseTo(3.0, within(1e-9));
		assertThat(both.highest()).isCloseTo(4.45, within(1e-9));
		assertThat(both.spread()).isCloseTo(1.45, within(1e-9));

		// bad sheets are refused and store nothing
		int sheets = this.dsl.fetchCount(IDEA_SCORE_SHEET);
		Map<Long, Integer> incomplete = scores(3, 3, 3, 3, 3);
		long missing = incomplete.keySet().iterator().next();
		incomplete.remove(missing);
		assertThatThrownBy(() -> this.evaluation.score(round, fountain, incomplete))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("criterion-" + missing));
		assertThatThrownBy(() -> this.evaluation.score(round, fountain, scores(6, 3, 3, 3, 3)))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> this.evaluation.score(round, bench, scores(1, 1, 1, 1, 1))).isInstanceOfSatisfying(
				Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("ideas.error.score-twice"));
		assertThat(this.dsl.fetchCount(IDEA_SCORE_SHEET)).isEqualTo(sheets);

		// the chair knows the author: left out, and sees the totals without changing them
		as("round-chair", Role.RESIDENT);
		assertThatThrownBy(() -> this.evaluation.declareConflict(round, bench, "  "))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("conflict"));
		this.evaluation.declareConflict(round, bench, "Die Idee ist von meiner Nachbarin.");
		RoundResults withConflict = this.evaluation.results(round, bench);
		assertThat(withConflict.scored()).isEqualTo(2);
		assertThat(withConflict.conflicts()).isEqualTo(1);
		assertThat(withConflict.mean()).isCloseTo(3.725, within(1e-9));

		// someone outside the group neither scores nor looks
		as("round-outsider", Role.RESIDENT);
		assertThatThrownBy(() -> this.evaluation.score(round, fountain, scores(3, 3, 3, 3, 3)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.evaluation.items(round)).isInstanceOf(AccessDeniedException.class);
		as("round-anna", Role.RESIDENT);
		assertThatThrownBy(() -> this.evaluation.decide(round, bench, IdeaState.SELECTED, "Gut."))
			.isInstanceOf(AccessDeniedException.class);

		// every idea needs a decision with a rationale before the round closes
		as("round-chair", Role.RESIDENT);
		assertThatThrownBy(() -> this.evaluation.close(round)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.round-undecided"));
		assertThatThrownBy(() -> this.evaluation.decide(round, bench, IdeaState.SELECTED, " "))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("rationale"));
		assertThatThrownBy(() -> this.evaluation.decide(round, bench, IdeaState.DONE, "Fertig."))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("decision"));
		this.evaluation.decide(round, bench, IdeaState.SELECTED, "Viel Nutzen für wenig Geld.");
		assertThatThrownBy(() -> this.evaluation.decide(round, bench, IdeaState.STORED, "Doch später."))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.messageKey()).isEqualTo("ideas.error.decided-already"));
		// parking needs the day the idea comes back
		assertThatThrownBy(() -> this.evaluation.decide(round, fountain, IdeaState.STORED, "Im nächsten Jahr."))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("resubmitOn"));
		assertThatThrownBy(() -> this.evaluation.decide(round, fountain, IdeaState.STORED, "Im nächsten Jahr.",
				java.time.LocalDate.now().minusDays(1)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("resubmitOn"));
		this.evaluation.decide(round, fountain, IdeaState.STORED, "Im nächsten Jahr, wenn das Geld da ist.",
				java.time.LocalDate.now().plusYears(1));
		this.evaluation.close(round);
		this.accounts.signOut();

		// the decisions are public; the timeline carries the rationale
		assertThat(this.evaluation.publishedDecisions(round)).extracting(RoundItem::title, RoundItem::decision)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bank am Teich", IdeaState.SELECTED),
					org.assertj.core.groups.Tuple.tuple("Trinkbrunnen am Markt", IdeaState.STORED));
		IdeaDetails selected = this.ideas.publishedIdea(bench).orElseThrow();
		assertThat(selected.state()).isEqualTo(IdeaState.SELECTED);
		assertThat(selected.timeline()).last()
			.satisfies(entry -> assertThat(entry.justification()).isEqualTo("Viel Nutzen für wenig Geld."));
		assertThat(anna).isPositive();
	}

	@Test
	void new_weights_make_a_new_version_and_old_totals_stay_as_they_were_scored() {
		long group = this.testIdeas.group("gewichte");
		long idea = this.testIdeas.publishedIn("Sensoren für freie Parkplätze", group);
		this.testIdeas.member(group, "weights-member", true);
		as("weights-admin", Role.ADMIN);
		long round = this.evaluation.open(group, "Gewichte", Set.of(idea));
		CriteriaSet before = this.evaluation.criteria(round);
		as("weights-member", Role.RESIDENT);
		this.evaluation.score(round, idea, scores(5, 1, 5, 1, 5));
		double total = this.evaluation.results(round, idea).mean();

		as("weights-admin", Role.ADMIN);
		Map<String, Integer> weights = new LinkedHashMap<>();
		before.criteria().forEach(c -> weights.put(c.slug(), 20));
		weights.put("nutzen", 30);
		assertThatThrownBy(() -> this.evaluation.reweigh(weights)).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.field()).hasValue("weights");
			assertThat(r.arguments()).containsExactly(110);
		});
		weights.put("nutzen", 20);
		CriteriaSet reweighed = this.evaluation.reweigh(weights);
		// the seeded weights again (a version more), for the other tests' sums
		Map<String, Integer> seeded = new LinkedHashMap<>();
		before.criteria().forEach(c -> seeded.put(c.slug(), c.weight()));
		this.evaluation.reweigh(seeded);

		assertThat(reweighed.version()).isGreaterThan(before.version());
		assertThat(reweighed.criteria()).extracting(Criterion::weight).containsOnly(20);
		// the round scored already: it keeps its set, and its totals
		assertThat(this.evaluation.criteria(round).id()).isEqualTo(before.id());
		as("weights-member", Role.RESIDENT);
		assertThat(this.evaluation.results(round, idea).mean()).isEqualTo(total);
	}

	@Test
	void the_database_freezes_a_set_that_has_scores_and_holds_its_weights_at_one_hundred() {
		CriteriaSet current = this.evaluation.currentCriteria();
		// weights adding up to 99 fail when the transaction commits
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> this.dsl.update(IDEA_CRITERION)
			.set(IDEA_CRITERION.WEIGHT, IDEA_CRITERION.WEIGHT.minus(1))
			.where(IDEA_CRITERION.ID.eq(current.criteria().get(0).id()))
			.execute())).isInstanceOf(DataAccessException.class);

		long group = this.testIdeas.group("eingefroren");
		long idea = this.testIdeas.publishedIn("Digitale Ratsinformation", group);
		this.testIdeas.member(group, "frozen-member", false);
		as("frozen-admin", Role.ADMIN);
		long round = this.evaluation.open(group, "Eingefroren", Set.of(idea));
		long setId = this.evaluation.criteria(round).id();
		as("frozen-member", Role.RESIDENT);
		this.evaluation.score(round, idea, scores(3, 3, 3, 3, 3));
		// moving weight between two criteria keeps the total, but the set has scores
		List<Criterion> criteria = this.repository.set(setId).criteria();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.dsl.update(IDEA_CRITERION)
				.set(IDEA_CRITERION.WEIGHT, IDEA_CRITERION.WEIGHT.plus(1))
				.where(IDEA_CRITERION.ID.eq(criteria.get(0).id()))
				.execute();
			this.dsl.update(IDEA_CRITERION)
				.set(IDEA_CRITERION.WEIGHT, IDEA_CRITERION.WEIGHT.minus(1))
				.where(IDEA_CRITERION.ID.eq(criteria.get(1).id()))
				.execute();
		})).isInstanceOf(DataAccessException.class);
	}

	/** Scores in the order of the current criteria (Nutzen, Komplexität, …). */
	private Map<Long, Integer> scores(int... values) {
		List<Criterion> criteria = this.evaluation.currentCriteria().criteria();
		Map<Long, Integer> scores = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			scores.put(criteria.get(i).id(), values[i]);
		}
		return scores;
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
