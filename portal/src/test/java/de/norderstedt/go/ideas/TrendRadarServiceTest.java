package de.norderstedt.go.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Trendradar against PostgreSQL: entries in words, links only to parked ideas, one
 * event per new link for the idea's lead group, staff only.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class TrendRadarServiceTest {

	@Autowired
	TrendRadarService radar;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestIdeas testIdeas;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_trend_links_to_a_parked_idea_once_and_its_lead_group_is_told(AssertablePublishedEvents events) {
		long group = this.testIdeas.group("trendradar");
		long member = this.testIdeas.member(group, "trend-member", false);
		long parked = this.testIdeas.parked("Sharing-Station für Lastenräder", group, "trend-member");
		long open = this.testIdeas.publishedIn("Lastenrad-Parkplätze am Rathaus", group);

		as("trend-moderator", Role.MODERATOR);
		assertRefused(() -> this.radar.write(" \u200B ", "Mehr Lastenräder in Städten."), "title",
				"common.error.invisible");
		assertRefused(() -> this.radar.write("Lastenräder", "   "), "description",
				"ideas.error.trend-description-missing");
		assertRefused(() -> this.radar.write("Lastenräder", "x".repeat(1001)), "description", "common.error.too-long");
		long trend = this.radar.write("Lastenräder boomen", "Immer mehr Familien fahren Lastenrad.");
		assertThat(this.radar.parkedIdeas()).extracting(Trend.LinkedIdea::id).contains(parked).doesNotContain(open);

		assertRefused(() -> this.radar.link(trend, null), "idea", "ideas.error.trend-idea-missing");
		assertRefused(() -> this.radar.link(trend, open), "idea", "ideas.error.trend-idea-not-parked");
		assertThat(this.radar.link(trend, parked)).isTrue();
		assertThat(this.radar.link(trend, parked)).isFalse();
		assertThat(
				events.ofType(IdeaEvents.TrendLinked.class).matching(e -> e.trendId() == trend && e.ideaId() == parked))
			.hasSize(1);
		assertThat(this.radar.trendToTell(trend, parked)).hasValueSatisfying(news -> {
			assertThat(news.members()).containsExactly(member);
			assertThat(news.ideaTitle()).isEqualTo("Sharing-Station für Lastenräder");
		});
		assertThat(this.radar.trends()).filteredOn(t -> t.id() == trend)
			.singleElement()
			.satisfies(t -> assertThat(t.ideas()).extracting(Trend.LinkedIdea::id).containsExactly(parked));

		as("trend-resident", Role.RESIDENT);
		assertThatThrownBy(() -> this.radar.write("Heimlich", "Nur für Personal."))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
