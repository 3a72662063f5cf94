package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The staff dashboard's figures and the open data against PostgreSQL: counts move with
 * the ideas, overdue ideas are named, and the open data carries no person.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class IdeaFiguresServiceTest {

	@Autowired
	IdeaFiguresService figures;

	@Autowired
	IdeaService ideas;

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
	void the_figures_count_every_idea_and_name_the_overdue_ones_for_staff_only() {
		as("figures-moderator", Role.MODERATOR);
		IdeaFigures before = this.figures.figures();

		long waiting = this.testIdeas.submitted("Trinkbrunnen am Rathaus");
		long overdue = this.testIdeas.published("Schattenbäume am Spielplatz");
		// published long ago and never answered: its deadline has passed
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		this.dsl.update(IDEA).set(IDEA.PUBLISHED_AT, longAgo).where(IDEA.ID.eq(overdue)).execute();

		as("figures-moderator", Role.MODERATOR);
		IdeaFigures after = this.figures.figures();
		assertThat(after.total()).isEqualTo(before.total() + 2);
		assertThat(after.byState().get(IdeaState.SUBMITTED))
			.isEqualTo(before.byState().getOrDefault(IdeaState.SUBMITTED, 0) + 1);
		assertThat(after.byState().get(IdeaState.IN_REVIEW))
			.isEqualTo(before.byState().getOrDefault(IdeaState.IN_REVIEW, 0) + 1);
		assertThat(after.byChannel().get(IdeaChannel.WEB))
			.isEqualTo(before.byChannel().getOrDefault(IdeaChannel.WEB, 0) + 2);
		IdeaGroup first = this.ideas.groups().get(0);
		assertThat(after.byGroup().get(first)).isEqualTo(before.byGroup().getOrDefault(first, 0) + 1);
		assertThat(after.transitions()).isEqualTo(before.transitions() + 1);
		assertThat(after.justified()).isEqualTo(after.transitions());
		assertThat(after.justifiedPercent()).isEqualTo(100);
		assertThat(after.overdue()).extracting(DeskItem::id).contains(overdue).doesNotContain(waiting);

		as("figures-resident", Role.RESIDENT);
		assertThatThrownBy(this.figures::figures).isInstanceOf(AccessDeniedException.class);
		this.accounts.signOut();
		assertThatThrownBy(this.figures::figures).isInstanceOf(AuthenticationException.class);
	}

	@Test
	void the_open_data_holds_published_ideas_without_names_or_contacts() {
		as("figures-author", Role.RESIDENT);
		long named = this.ideas
			.submit(new NewIdea("Bücherschrank am Markt", "Rufen Sie mich an: 040 1234567 oder anna@example.org.",
					"Einen offenen Bücherschrank aufstellen.", "Alle, die gern lesen", null, null, null, null,
					"Anna Beispiel", null, false, "de"))
			.id();
		this.accounts.signOut();
		long unpublished = this.testIdeas.submitted("Noch nicht veröffentlicht");
		this.testIdeas.publish(named, this.ideas.groups().get(0).id());

		List<OpenIdea> rows = new ArrayList<>();
		this.figures.openData(Locale.GERMAN, "(zurückgehalten)", rows::add);
		assertThat(rows).extracting(OpenIdea::id).contains(named).doesNotContain(unpublished);
		OpenIdea row = rows.stream().filter(r -> r.id() == named).findFirst().orElseThrow();
		assertThat(row.problem()).doesNotContain("1234567")
			.doesNotContain("anna@example.org")
			.contains("(zurückgehalten)");
		assertThat(row.toString()).doesNotContain("Anna Beispiel").doesNotContain("figures-author");
		assertThat(row.leadGroup()).isEqualTo(this.ideas.groups().get(0).nameDe());
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
