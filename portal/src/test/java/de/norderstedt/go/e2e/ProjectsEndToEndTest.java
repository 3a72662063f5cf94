package de.norderstedt.go.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.TestIdeas;
import de.norderstedt.go.web.CityTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.awaitility.Awaitility.await;

/**
 * From idea to project: a member of the lead group turns a selected idea into a project
 * (refused without a summary), sets the share done (refused above 100), adds a milestone
 * and marks it reached; a supporter of the idea reads it in the app, the author without
 * an account under the receipt code; the project's page and the list of projects show the
 * progress in words.
 */
class ProjectsEndToEndTest extends EndToEndTest {

	private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	TestIdeas ideas;

	@Autowired
	IdeaService ideaService;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Test
	void a_member_makes_a_selected_idea_a_project_reaches_a_milestone_and_a_supporter_hears_of_it() {
		long suffix = System.nanoTime() % 100_000;
		String title = "Bänke am Stadtparksee " + suffix;
		long group = this.ideas.group("Arbeitskreis Projekte " + suffix);
		this.ideas.member(group, "project-staff", false);
		long idea = this.ideas.publishedIn(title, group);
		this.accounts.ensure("project-aylin", Role.RESIDENT);
		this.accounts.signIn("project-aylin");
		try {
			this.ideaService.support(idea);
		}
		finally {
			this.accounts.signOut();
		}
		this.ideas.closedRound(group, "Runde " + suffix, idea);

		signIn("project-staff");
		link("Projektbüro").click();
		assertThat(heading1()).hasText("Projektbüro");
		checkAtTwoTextSizes(this.page, "project-desk", 48);
		link("Projekt anlegen: " + title).click();
		assertThat(heading1()).hasText("Projekt anlegen: " + title);
		assertThat(this.page.getByLabel("Name des Projekts")).hasValue(title);
		Locator summary = this.page.getByLabel("Was das Projekt tut");
		this.page.getByLabel("Begründung").fill("Der Arbeitskreis hat die Idee ausgewählt. Die Bänke sind bestellt.");
		button("Projekt starten").click();
		assertRefusedAt(summary, "Bitte beschreiben Sie, was das Projekt tut.");
		checkAtTwoTextSizes(this.page, "project-new-refused", 48);
		summary.fill("Zwei Bänke aus Holz am Nordufer des Sees.");
		button("Projekt starten").click();

		assertThat(heading1()).hasText("Projekt bearbeiten: " + title);
		// the router changes the address after it has shown the new view
		Pattern managed = Pattern.compile(".*/ideen/projektbuero/(\\d+)$");
		this.page.waitForURL(managed);
		Matcher address = managed.matcher(this.page.url());
		org.assertj.core.api.Assertions.assertThat(address.matches()).as(this.page.url()).isTrue();
		long project = Long.parseLong(address.group(1));
		org.assertj.core.api.Assertions.assertThat(this.ideaService.publishedIdea(idea).orElseThrow().state())
			.isEqualTo(IdeaState.IN_PROGRESS);

		// the share done: refused above 100, at its field; then saved
		Locator percent = this.page.getByLabel("Erledigt in Prozent");
		percent.fill("150");
		button("Fortschritt speichern").click();
		assertRefusedAt(percent, "Diese Zahl geht nicht: Erlaubt sind 0 bis 100 Prozent.");
		percent.fill("40");
		button("Fortschritt speichern").click();
		assertThat(status("Gespeichert: 40 % erledigt.")).isVisible();
		assertThat(this.page.getByRole(AriaRole.PROGRESSBAR,
				new Page.GetByRoleOptions().setName("Fortschritt des Projekts")))
			.hasAttribute("aria-valuetext", "40 % erledigt");

		// a milestone: refused without its day, then added and reached
		this.page.getByLabel("Name des Meilensteins").fill("Bänke aufgestellt");
		this.page.getByLabel("Beschreibung (freiwillig)").fill("Die Bänke stehen am Nordufer.");
		button("Meilenstein hinzufügen").click();
		Locator due = this.page.getByLabel("Geplant bis", new Page.GetByLabelOptions().setExact(true));
		assertRefusedAt(due, "Bitte wählen Sie den Tag, bis zu dem der Meilenstein geplant ist.");
		due.fill(GERMAN_DAY.format(LocalDate.now(CityTime.ZONE).plusMonths(2)));
		due.press("Enter");
		button("Meilenstein hinzufügen").click();
		assertThat(status("Der Meilenstein „Bänke aufgestellt“ ist hinzugefügt.")).isVisible();
		checkAtTwoTextSizes(this.page, "project-manage", 48);
		button("Als erreicht melden: Bänke aufgestellt").click();
		assertThat(status("Der Meilenstein „Bänke aufgestellt“ ist erreicht. "
				+ "Alle, die die Idee eingereicht haben oder unterstützen, erfahren es."))
			.isVisible();
		assertThat(button("Als erreicht melden: Bänke aufgestellt")).hasCount(0);

		// everyone: the project's page, the list, the idea's link to its project
		link("Seite des Projekts ansehen").click();
		assertThat(heading1()).hasText(title);
		assertThat(this.page.getByText("40 % erledigt")).isVisible();
		assertThat(this.page.getByText(Pattern.compile("^Erreicht am "))).isVisible();
		checkAtTwoTextSizes(this.page, "project", 48);
		link("Alle Projekte").click();
		assertThat(heading1()).hasText("Projekte aus Ideen");
		assertThat(link(title)).isVisible();
		checkAtTwoTextSizes(this.page, "projects", 48);
		go("/ideen/" + idea);
		assertThat(link("Zum Projekt: " + title)).hasAttribute("href", "ideen/projekte/" + project);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		// the author without an account reads the milestones under the receipt code
		String receipt = this.dsl.fetchValue(IDEA.RECEIPT_CODE, IDEA.ID.eq(idea));
		open("/ideen/beleg");
		this.page.getByLabel("Ihr Beleg-Code").fill(receipt);
		button("Stand anzeigen").click();
		assertThat(this.page.getByText("Stand: In Umsetzung")).isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Projekt: " + title)))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bänke aufgestellt")))
			.isVisible();
		assertThat(this.page.getByText(Pattern.compile("^Erreicht am "))).isVisible();
		checkAtTwoTextSizes(this.page, "idea-receipt-project", 48);

		// the supporter reads it in the app, with a link to the project
		signIn("project-aylin");
		Locator told = this.page
			.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ihre Benachrichtigungen"))
			.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Projekt „" + title + "“: Meilenstein erreicht"));
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			open("/benachrichtigungen");
			return told.count() == 1;
		});
		assertThat(told).containsText("„Bänke aufgestellt“ ist geschafft. Die Bänke stehen am Nordufer.");
		told.getByRole(AriaRole.LINK).first().click();
		assertThat(heading1()).hasText(title);
	}

	private Locator status(String text) {
		return this.page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
	}

}
