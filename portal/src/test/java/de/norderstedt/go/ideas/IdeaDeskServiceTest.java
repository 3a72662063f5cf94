package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_MERGE_INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A working group's desk against PostgreSQL: deadlines and overdue ideas, parking with a
 * Wiedervorlage that brings the idea into the next round, and merging, where supports
 * move only when a person says yes.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class IdeaDeskServiceTest {

	@Autowired
	IdeaDeskService desk;

	@Autowired
	IdeaService ideas;

	@Autowired
	EvaluationService evaluation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestIdeas testIdeas;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void merging_asks_the_author_and_supporters_and_moves_a_support_only_when_they_say_yes() {
		long group = this.testIdeas.group("zusammenführen");
		this.testIdeas.member(group, "merge-member", false);
		long target = this.testIdeas.publishedIn("Bänke im Stadtpark", group);
		as("merge-author", Role.RESIDENT);
		long duplicate = this.ideas
			.submit(new NewIdea("Bank am Teich", "Keine Bank am Teich.", "Eine Bank aufstellen.", "Ältere Menschen",
					null, null, null, null, null, null, false, "de"))
			.id();
		this.testIdeas.publish(duplicate, group);
		as("merge-supporter", Role.RESIDENT);
		this.ideas.support(duplicate);
		as("merge-both", Role.RESIDENT);
		this.ideas.support(duplicate);
		this.ideas.support(target);
		int before = this.ideas.publishedIdea(target).orElseThrow().supporters();

		// only with a justification, only into another open idea, only by the lead group
		as("merge-member", Role.RESIDENT);
		assertThatThrownBy(() -> this.desk.merge(duplicate, target, "  ")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.field()).hasValue("justification"));
		assertThatThrownBy(() -> this.desk.merge(duplicate, duplicate, "Doppelt")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.field()).hasValue("into"));
		assertThatThrownBy(() -> this.desk.merge(duplicate, null, "Doppelt")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.field()).hasValue("into"));
		as("merge-outsider", Role.RESIDENT);
		assertThatThrownBy(() -> this.desk.merge(duplicate, target, "Doppelt"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.ideas.publishedIdea(duplicate).orElseThrow().state()).isEqualTo(IdeaState.IN_REVIEW);

		as("merge-member", Role.RESIDENT);
		assertThat(this.desk.mergeTargets(duplicate, "Bänke Stadtpark")).extracting(SimilarIdea::id).contains(target);
		this.desk.merge(duplicate, target, "Beide Ideen wollen Bänke im Stadtpark; wir führen sie gemeinsam weiter.");
		IdeaDetails merged = this.ideas.publishedIdea(duplicate).orElseThrow();
		assertThat(merged.state()).isEqualTo(IdeaState.MERGED);
		assertThat(merged.mergedInto()).isEqualTo(target);
		// nothing moved: the author and the supporter are asked, who supports both is not
		assertThat(this.ideas.publishedIdea(target).orElseThrow().supporters()).isEqualTo(before);
		assertThat(this.dsl.fetchCount(IDEA_MERGE_INVITATION, IDEA_MERGE_INVITATION.MERGED_IDEA_ID.eq(duplicate)))
			.isEqualTo(2);
		assertThat(this.ideas.mergeToTell(duplicate).orElseThrow().asked()).hasSize(2);
		assertThatThrownBy(() -> this.desk.merge(duplicate, target, "Noch einmal")).isInstanceOf(Refusal.class);

		as("merge-both", Role.RESIDENT);
		assertThat(this.ideas.mergeQuestions(target)).isEmpty();
		as("merge-supporter", Role.RESIDENT);
		assertThat(this.ideas.mergeQuestions(target)).extracting(MergeInvitation::mergedTitle)
			.containsExactly("Bank am Teich");
		assertThat(this.ideas.answerMerge(target, true)).isTrue();
		assertThat(this.ideas.answerMerge(target, true)).isFalse();
		assertThat(this.ideas.publishedIdea(target).orElseThrow().supporters()).isEqualTo(before + 1);
		as("merge-author", Role.RESIDENT);
		assertThat(this.ideas.answerMerge(target, false)).isTrue();
		assertThat(this.ideas.mergeQuestions(target)).isEmpty();
		assertThat(this.ideas.publishedIdea(target).orElseThrow().supporters()).isEqualTo(before + 1);
	}

	@Test
	void a_waiting_idea_is_merged_by_a_moderator_and_the_database_wants_the_target_with_the_state() {
		long target = this.testIdeas.published("Trinkbrunnen am Rathaus");
		long waiting = this.testIdeas.submitted("Wasserspender am Rathaus");
		as("merge-resident", Role.RESIDENT);
		assertThatThrownBy(() -> this.desk.merge(waiting, target, "Doppelt")).isInstanceOf(AccessDeniedException.class);
		as("merge-moderator", Role.MODERATOR);
		this.desk.merge(waiting, target, "Dieselbe Idee gibt es schon: Trinkbrunnen am Rathaus.");
		assertThat(this.dsl.fetchValue(IDEA.STATE, IDEA.ID.eq(waiting))).isEqualTo(IdeaState.MERGED);
		// without the idea it continues in, the database refuses the state
		assertThatThrownBy(
				() -> this.dsl.update(IDEA).set(IDEA.MERGED_INTO, (Long) null).where(IDEA.ID.eq(waiting)).execute())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void the_desk_flags_overdue_ideas_and_a_parked_idea_comes_back_into_the_next_round_after_its_day() {
		long group = this.testIdeas.group("schreibtisch");
		this.testIdeas.member(group, "desk-member", false);
		long fresh = this.testIdeas.publishedIn("Fahrradständer am Bahnhof", group);
		long old = this.testIdeas.publishedIn("WLAN im Rathaus", group);
		this.dsl.update(IDEA)
			.set(IDEA.PUBLISHED_AT, Instant.now().minus(Duration.ofDays(40)))
			.where(IDEA.ID.eq(old))
			.execute();

		as("desk-member", Role.RESIDENT);
		assertThat(this.desk.desk()).extracting(DeskItem::id, DeskItem::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(old, true),
					org.assertj.core.groups.Tuple.tuple(fresh, false));
		LocalDate today = CityTime.date(Instant.now());
		assertThat(this.desk.desk().get(1).deadline()).isEqualTo(today.plusDays(28));

		// parking needs a day after today
		assertThatThrownBy(() -> this.desk.decide(old, IdeaState.STORED, "Später", null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("resubmitOn"));
		assertThatThrownBy(() -> this.desk.decide(old, IdeaState.STORED, "Später", today))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("resubmitOn"));
		assertThatThrownBy(() -> this.desk.decide(old, IdeaState.SELECTED, "Gut", null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).hasValue("state"));
		this.desk.decide(old, IdeaState.STORED, "Gute Idee, aber erst mit dem neuen Rathausnetz im Frühjahr.",
				today.plusDays(60));
		// answered: off the desk until its day
		assertThat(this.desk.desk()).extracting(DeskItem::id).containsExactly(fresh);
		assertThat(this.dsl.fetchValue(IDEA.FIRST_ANSWER_AT, IDEA.ID.eq(old))).isNotNull();
		assertThat(this.dsl.fetchValue(IDEA.FIRST_ANSWER_AT, IDEA.ID.eq(fresh))).isNull();

		// the day has come: back on the desk, and the next round takes it
		this.dsl.update(IDEA).set(IDEA.RESUBMIT_ON, today.minusDays(1)).where(IDEA.ID.eq(old)).execute();
		as("desk-member", Role.RESIDENT);
		assertThat(this.desk.desk()).extracting(DeskItem::id).contains(old);
		as("desk-admin", Role.ADMIN);
		assertThat(this.evaluation.candidates(group)).filteredOn(RoundCandidate::due)
			.extracting(RoundCandidate::id)
			.containsExactly(old);
		long round = this.evaluation.open(group, "Frühjahr", Set.of(fresh));
		assertThat(this.evaluation.items(round)).extracting(RoundItem::ideaId).containsExactlyInAnyOrder(fresh, old);
		assertThat(this.dsl.fetchValue(IDEA.RESUBMIT_ON, IDEA.ID.eq(old))).isNull();
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
