package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * From idea to project against PostgreSQL: who may start and run a project, bad input
 * refused at its field with nothing changed, the share done held by the database, and a
 * milestone reached as one event for the authors and supporters of the idea and of the
 * ideas merged into it.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class ProjectServiceTest {

	@Autowired
	ProjectService projects;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDeskService desk;

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
	void a_member_of_the_lead_group_starts_a_project_from_a_selected_idea_with_a_justification_and_nobody_else_does() {
		long group = this.testIdeas.group("Projekte starten");
		this.testIdeas.member(group, "project-member", false);
		long selected = this.testIdeas.selectedIn("Bänke am Stadtparksee", group);
		long published = this.testIdeas.publishedIn("Trinkbrunnen am Markt", group);

		as("project-outsider", Role.RESIDENT);
		assertThatThrownBy(() -> this.projects.start(selected, "Bänke", "Zwei Bänke.", "Ausgewählt."))
			.isInstanceOf(AccessDeniedException.class);
		as("project-moderator", Role.MODERATOR);
		assertThatThrownBy(() -> this.projects.start(selected, "Bänke", "Zwei Bänke.", "Ausgewählt."))
			.isInstanceOf(AccessDeniedException.class);

		as("project-member", Role.RESIDENT);
		assertThat(this.projects.selectedIdeas()).extracting(IdeaSummary::id).contains(selected);
		refusedAt("title", "ideas.error.project-title-empty",
				() -> this.projects.start(selected, "  ", "Zwei Bänke.", "Ausgewählt."));
		refusedAt("title", "ideas.error.project-title-short",
				() -> this.projects.start(selected, "Ab", "Zwei Bänke.", "Ausgewählt."));
		refusedAt("summary", "ideas.error.project-summary-empty",
				() -> this.projects.start(selected, "Bänke am See", "", "Ausgewählt."));
		refusedAt("summary", Input.TOO_LONG,
				() -> this.projects.start(selected, "Bänke am See", "x".repeat(2_001), "Ausgewählt."));
		refusedAt("justification", "ideas.error.justification-empty",
				() -> this.projects.start(selected, "Bänke am See", "Zwei Bänke.", " "));
		assertThatThrownBy(() -> this.projects.start(published, "Brunnen", "Ein Brunnen.", "Los geht es."))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.messageKey()).isEqualTo("ideas.error.project-not-selected"));
		// nothing changed
		assertThat(this.ideas.publishedIdea(selected).orElseThrow().state()).isEqualTo(IdeaState.SELECTED);
		assertThat(this.projects.ofIdea(selected)).isEmpty();

		long project = this.projects.start(selected, "Bänke am Stadtparksee", "Zwei Bänke aus Holz am See.",
				"Die Bänke sind bestellt und werden im Frühjahr aufgestellt.");

		IdeaDetails idea = this.ideas.publishedIdea(selected).orElseThrow();
		assertThat(idea.state()).isEqualTo(IdeaState.IN_PROGRESS);
		assertThat(idea.timeline().getLast().justification())
			.isEqualTo("Die Bänke sind bestellt und werden im Frühjahr aufgestellt.");
		Project started = this.projects.project(project).orElseThrow();
		assertThat(started.title()).isEqualTo("Bänke am Stadtparksee");
		assertThat(started.percentDone()).isZero();
		assertThat(started.isRunning()).isTrue();
		assertThat(this.projects.selectedIdeas()).extracting(IdeaSummary::id).doesNotContain(selected);
		assertThat(this.projects.myProjects()).extracting(ProjectSummary::id).contains(project);
		// one project per idea
		assertThatThrownBy(() -> this.projects.start(selected, "Noch einmal", "Noch ein Projekt.", "Doppelt."))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void milestones_and_the_share_done_are_refused_at_their_field_and_the_database_holds_the_share() {
		long group = this.testIdeas.group("Meilensteine");
		this.testIdeas.member(group, "milestone-member", false);
		long project = this.testIdeas.project(this.testIdeas.selectedIn("Sitzbänke am Teich", group),
				"Sitzbänke am Teich", "Bänke bestellt");
		LocalDate today = LocalDate.now(CityTime.ZONE);

		as("milestone-outsider", Role.RESIDENT);
		assertThatThrownBy(() -> this.projects.addMilestone(project, new NewMilestone("Bänke da", null, today)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.percentDone(project, 50)).isInstanceOf(AccessDeniedException.class);

		as("milestone-member", Role.RESIDENT);
		refusedAt("title", "ideas.error.project-title-empty",
				() -> this.projects.addMilestone(project, new NewMilestone(" ", null, today)));
		refusedAt("title", Input.TOO_LONG,
				() -> this.projects.addMilestone(project, new NewMilestone("B".repeat(121), null, today)));
		refusedAt("description", Input.TOO_LONG,
				() -> this.projects.addMilestone(project, new NewMilestone("Bänke da", "x".repeat(2_001), today)));
		refusedAt("dueOn", "ideas.error.milestone-due-missing",
				() -> this.projects.addMilestone(project, new NewMilestone("Bänke da", null, null)));
		refusedAt("dueOn", "ideas.error.milestone-due-range",
				() -> this.projects.addMilestone(project, new NewMilestone("Bänke da", null, today.minusDays(1))));
		refusedAt("dueOn", "ideas.error.milestone-due-range",
				() -> this.projects.addMilestone(project, new NewMilestone("Bänke da", null, today.plusYears(11))));
		refusedAt("percent", "ideas.error.percent-range", () -> this.projects.percentDone(project, -1));
		refusedAt("percent", "ideas.error.percent-range", () -> this.projects.percentDone(project, 101));
		refusedAt("percent", "ideas.error.percent-missing", () -> this.projects.percentDone(project, null));
		Project unchanged = this.projects.myProject(project).orElseThrow();
		assertThat(unchanged.percentDone()).isEqualTo(40);
		assertThat(unchanged.milestones()).extracting(Milestone::title).containsExactly("Bänke bestellt");

		long second = this.projects.addMilestone(project,
				new NewMilestone("Bänke aufgestellt", "  Am Nordufer.  ", today.plusMonths(4)));
		this.projects.editMilestone(second,
				new NewMilestone("Bänke am Nordufer aufgestellt", null, today.plusMonths(5)));
		this.projects.percentDone(project, 100);
		Project changed = this.projects.myProject(project).orElseThrow();
		assertThat(changed.percentDone()).isEqualTo(100);
		assertThat(changed.milestones()).extracting(Milestone::position, Milestone::title, Milestone::description)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Bänke bestellt", "Die Bänke stehen am Teich."),
					org.assertj.core.groups.Tuple.tuple(2, "Bänke am Nordufer aufgestellt", null));
		// the database holds the share too
		assertThatThrownBy(
				() -> this.dsl.update(PROJECT).set(PROJECT.PERCENT_DONE, 101).where(PROJECT.ID.eq(project)).execute())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.dsl.update(PROJECT).set(PROJECT.PERCENT_DONE, -1).where(PROJECT.ID.eq(project)).execute())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void finishing_needs_a_justification_makes_the_idea_done_and_closes_the_project() {
		long group = this.testIdeas.group("Abschluss");
		this.testIdeas.member(group, "finish-member", false);
		long idea = this.testIdeas.selectedIn("Leihrollatoren am Rathaus", group);
		long project = this.testIdeas.project(idea, "Leihrollatoren am Rathaus", "Rollatoren bestellt");
		long milestone = this.projects.ofIdea(idea).orElseThrow().milestones().getFirst().id();

		as("finish-member", Role.RESIDENT);
		refusedAt("justification", "ideas.error.justification-empty", () -> this.projects.finish(project, ""));
		assertThat(this.projects.myProject(project).orElseThrow().isRunning()).isTrue();
		this.projects.finish(project, "Die Rollatoren stehen bereit und werden ausgeliehen.");

		Project finished = this.projects.project(project).orElseThrow();
		assertThat(finished.isFinished()).isTrue();
		assertThat(finished.percentDone()).isEqualTo(100);
		IdeaDetails done = this.ideas.publishedIdea(idea).orElseThrow();
		assertThat(done.state()).isEqualTo(IdeaState.DONE);
		assertThat(done.timeline().getLast().justification())
			.isEqualTo("Die Rollatoren stehen bereit und werden ausgeliehen.");
		for (Runnable change : List.<Runnable>of(() -> this.projects.percentDone(project, 50),
				() -> this.projects.reach(milestone), () -> this.projects.finish(project, "Noch einmal."),
				() -> this.projects.addMilestone(project,
						new NewMilestone("Mehr", null, LocalDate.now(CityTime.ZONE).plusDays(3))))) {
			assertThatThrownBy(change::run).isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.messageKey()).isEqualTo("ideas.error.project-closed"));
		}
	}

	@Test
	void a_milestone_reached_is_one_event_for_the_authors_and_supporters_of_the_idea_and_of_the_ideas_merged_into_it(
			AssertablePublishedEvents published) {
		long group = this.testIdeas.group("Zusammengeführt");
		this.testIdeas.member(group, "reach-member", false);
		long author = as("reach-author", Role.RESIDENT);
		long target = submit("Bänke im Stadtpark");
		this.testIdeas.publish(target, group);
		long mergedAuthor = as("reach-merged-author", Role.RESIDENT);
		long merged = submit("Bank am Teich");
		this.testIdeas.publish(merged, group);
		long supporter = as("reach-supporter", Role.RESIDENT);
		this.ideas.support(target);
		long mergedSupporter = as("reach-merged-supporter", Role.RESIDENT);
		this.ideas.support(merged);
		long both = as("reach-both", Role.RESIDENT);
		this.ideas.support(target);
		this.ideas.support(merged);
		as("reach-member", Role.RESIDENT);
		this.desk.merge(merged, target, "Beide wollen Bänke im Stadtpark.");
		this.accounts.signOut();
		long project = this.testIdeas.project(selected(target, group), "Bänke im Stadtpark", "Bänke aufgestellt");
		long milestone = this.projects.project(project).orElseThrow().milestones().getFirst().id();

		as("reach-outsider", Role.RESIDENT);
		assertThatThrownBy(() -> this.projects.reach(milestone)).isInstanceOf(AccessDeniedException.class);
		as("reach-member", Role.RESIDENT);
		this.projects.reach(milestone);
		assertThatThrownBy(() -> this.projects.reach(milestone)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.milestone-reached"));

		assertThat(published.ofType(IdeaEvents.MilestoneReached.class))
			.containsExactly(new IdeaEvents.MilestoneReached(project, milestone));
		MilestoneNews news = this.projects.milestoneToTell(milestone).orElseThrow();
		assertThat(news.projectTitle()).isEqualTo("Bänke im Stadtpark");
		assertThat(news.milestoneTitle()).isEqualTo("Bänke aufgestellt");
		// each once, also who supports both ideas; whether or not they answered the merge
		assertThat(news.people()).containsExactlyInAnyOrder(author, mergedAuthor, supporter, mergedSupporter, both);
		assertThat(this.projects.project(project).orElseThrow().milestones().getFirst().isReached()).isTrue();
	}

	/** The published idea selected in a closed round of its group. */
	private long selected(long ideaId, long group) {
		this.testIdeas.closedRound(group, "Runde " + ideaId, ideaId);
		return ideaId;
	}

	private long submit(String title) {
		return this.ideas
			.submit(new NewIdea(title, "Am Teich fehlt eine Bank.", "Bänke aufstellen.", "Ältere Menschen", null, null,
					null, null, null, null, false, "de"))
			.id();
	}

	private static void refusedAt(String field, String key, Runnable action) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.field()).hasValue(field);
			assertThat(r.messageKey()).isEqualTo(key);
		});
	}

	private long as(String username, Role role) {
		long id = this.accounts.ensure(username, role).id();
		this.accounts.signIn(username);
		return id;
	}

}
