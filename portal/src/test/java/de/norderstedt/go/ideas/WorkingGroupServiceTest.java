package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The working groups are data: admins add, rename and retire them; a group with open work
 * does not retire, so no idea is left without a group that answers it.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class WorkingGroupServiceTest {

	@Autowired
	WorkingGroupService groups;

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
	void an_admin_adds_renames_and_retires_a_group_and_bad_input_changes_nothing() {
		as("groups-admin", Role.ADMIN);
		int before = this.dsl.fetchCount(IDEA_GROUP);
		assertRefused(() -> this.groups.addGroup("  ", "Climate", 28), "name-de", "ideas.error.group-name-missing");
		assertRefused(() -> this.groups.addGroup("Klima", "x".repeat(81), 28), "name-en", "common.error.too-long");
		assertRefused(() -> this.groups.addGroup("Klima", "Climate", 0), "days", "ideas.error.group-days");
		assertRefused(() -> this.groups.addGroup("Klima", "Climate", null), "days", "ideas.error.group-days");
		assertRefused(() -> this.groups.addGroup("digitale gesellschaft", "Something else", 28), "name-de",
				"ideas.error.group-name-taken");
		assertThat(this.dsl.fetchCount(IDEA_GROUP)).isEqualTo(before);

		long climate = this.groups.addGroup("Klima & Grün in Überlänge", "Climate & green", 14);
		assertThat(this.dsl.fetchValue(IDEA_GROUP.SLUG, IDEA_GROUP.ID.eq(climate)))
			.startsWith("klima-gruen-in-ueberlaenge");
		assertThat(this.ideas.groups()).extracting(IdeaGroup::id).contains(climate);

		this.groups.changeGroup(climate, "Klima und Grün", "Climate and green", 21);
		assertThat(this.ideas.groups()).filteredOn(g -> g.id() == climate).singleElement().satisfies(g -> {
			assertThat(g.nameDe()).isEqualTo("Klima und Grün");
			assertThat(g.firstAnswerDays()).isEqualTo(21);
		});

		// a group that leads an idea not yet decided keeps working
		long idea = this.testIdeas.publishedIn("Mehr Bäume an der Ulzburger Straße", climate);
		as("groups-admin", Role.ADMIN);
		assertRefused(() -> this.groups.retireGroup(climate), "group", "ideas.error.group-busy");
		assertThat(this.ideas.groups()).extracting(IdeaGroup::id).contains(climate);

		long empty = this.groups.addGroup("Arbeitskreis ohne Arbeit", "Working group without work", 28);
		this.groups.retireGroup(empty);
		assertThat(this.ideas.groups()).extracting(IdeaGroup::id).doesNotContain(empty);
		assertRefused(() -> this.groups.changeGroup(empty, "Wieder da", "Back again", 28), "group",
				"ideas.error.group-missing");
		assertThat(this.ideas.publishedIdea(idea)).isPresent();

		as("groups-resident", Role.RESIDENT);
		assertThatThrownBy(() -> this.groups.addGroup("Heimlich", "Secret", 28))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
