package de.norderstedt.go.e2e;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * Staff enter a workshop's ideas in one sitting: a new workshop, one idea by the form
 * (refused at its field first, then saved and the form empty for the next one), a CSV
 * file with broken rows (the report names row and field; nothing stored) and a good one.
 */
class WorkshopsEndToEndTest extends EndToEndTest {

	@Test
	void a_moderator_creates_a_workshop_enters_an_idea_sees_the_report_of_a_broken_file_and_imports_a_good_one()
			throws URISyntaxException, IOException {
		this.accounts.ensure("workshop-moderator", Role.MODERATOR);
		signIn("workshop-moderator");
		link("Werkstätten und Papier").click();
		assertThat(heading1()).hasText("Werkstätten und Papierformulare");

		// a workshop without a name is refused at the field
		Locator name = this.page.getByLabel("Name der Werkstatt");
		name.fill("   ");
		button("Werkstatt anlegen").click();
		assertRefusedAt(name, "Bitte geben Sie der Werkstatt einen Namen.");
		checkAtTwoTextSizes(this.page, "workshops", 48);
		String title = "Zukunftswerkstatt Garstedt " + System.nanoTime() % 100_000;
		name.fill(title);
		this.page.getByLabel("Tag der Werkstatt").fill("20.11.2026");
		this.page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Rathaus Garstedt");
		button("Werkstatt anlegen").click();
		assertThat(heading1()).hasText(title);
		assertThat(this.page.getByText("Noch keine Idee eingegeben.")).isVisible();

		// an idea: the person's name first; too long a text is refused in words
		Locator person = this.page.getByLabel("Name der Person");
		button("Idee speichern").click();
		assertRefusedAt(person, "Bitte geben Sie den Namen der Person an, von der die Idee ist.");
		person.fill("Gerda Martens");
		this.page.getByLabel("Name der Idee").fill("<b>Sprechende</b> Haltestellen");
		Locator problem = this.page.getByLabel("Was ist heute nicht gut?");
		problem.fill("x".repeat(10_000));
		this.page.getByLabel("Was ist die Idee?").fill("Ein Knopf, der die nächsten Busse ansagt.");
		this.page.getByLabel("Wem würde die Idee helfen?").fill("Menschen, die schlecht sehen");
		button("Idee speichern").click();
		assertRefusedAt(problem, "Dieser Text ist zu lang: 10.000 Zeichen. Erlaubt sind höchstens 2.000 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		assertThat(this.page.getByText("Noch keine Idee eingegeben.")).isVisible();
		checkAtTwoTextSizes(this.page, "workshop-idea-refused", 48);
		problem.fill("An der Haltestelle kann ich den Fahrplan nicht lesen.");
		button("Idee speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(
					"^Idee gespeichert – nächste Idee\\. Beleg-Code für Gerda Martens: [A-Z2-9]{5}-[A-Z2-9]{5}$"))))
			.isVisible();
		// the form is empty for the next idea; the markup shows as text
		assertThat(person).hasValue("");
		assertThat(this.page.getByLabel("Name der Idee")).hasValue("");
		assertThat(this.page.getByText("Eine Idee eingegeben.")).isVisible();
		Locator ideas = this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Ideen dieser Werkstatt"));
		assertThat(ideas.getByRole(AriaRole.CELL, exactly("<b>Sprechende</b> Haltestellen"))).isVisible();
		assertThat(ideas.getByRole(AriaRole.CELL, exactly("Gerda Martens"))).isVisible();
		assertThat(ideas.getByRole(AriaRole.CELL, exactly("In einer Werkstatt"))).isVisible();
		checkAtTwoTextSizes(this.page, "workshop-idea-saved", 48);

		// a file with broken rows: the report names row and field, nothing is stored
		this.page.locator("input[type=file]").setInputFiles(resource("werkstatt-fehlerhaft.csv"));
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText("Die Datei hat 3 Fehler. Es wurde nichts gespeichert.")))
			.isVisible();
		Locator report = this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Prüfbericht der Datei"));
		assertThat(report.getByRole(AriaRole.ROW)).hasCount(4);
		assertThat(report.getByRole(AriaRole.ROW,
				new Locator.GetByRoleOptions().setName("3 Name der Idee Bitte geben Sie Ihrer Idee einen Namen.")))
			.isVisible();
		assertThat(report.getByRole(AriaRole.ROW,
				new Locator.GetByRoleOptions().setName(Pattern.compile("^4 Stadtteil „Atlantis“ kennen wir nicht\\."))))
			.isVisible();
		assertThat(report.getByRole(AriaRole.ROW,
				new Locator.GetByRoleOptions()
					.setName("4 Name der Person Bitte geben Sie den Namen der Person an, von der die Idee ist.")))
			.isVisible();
		assertThat(this.page.getByText("Eine Idee eingegeben.")).isVisible();
		checkAtTwoTextSizes(this.page, "workshop-csv-report", 48);

		// a good file, from paper forms: every row stored, in the list and the trail
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Auf einem Papierformular")).check();
		this.page.locator("input[type=file]").setInputFiles(resource("werkstatt-beispiel.csv"));
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("3 Ideen aus der Datei gespeichert."))).isVisible();
		assertThat(report).isHidden();
		assertThat(this.page.getByText("4 Ideen eingegeben.")).isVisible();
		assertThat(ideas.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^Vorlesestunde per Video Hans Peters Auf Papier ")))).isVisible();
		Locator trail = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Protokoll"));
		assertThat(trail.getByRole(AriaRole.CELL, exactly("Werkstatt angelegt"))).isVisible();
		assertThat(trail.getByRole(AriaRole.CELL, exactly("Idee eingegeben: „<b>Sprechende</b> Haltestellen“")))
			.isVisible();
		assertThat(trail.getByRole(AriaRole.CELL, exactly("3 Ideen aus einer CSV-Datei eingelesen"))).isVisible();
		checkAtTwoTextSizes(this.page, "workshop-csv-imported", 48);
		// the same file once more (sent again, under another name): refused, nothing
		// stored twice
		Path again = Files.createTempDirectory("workshop").resolve("nochmal.csv");
		Files.copy(resource("werkstatt-beispiel.csv"), again);
		this.page.locator("input[type=file]").setInputFiles(again);
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(
					"^Diese Datei wurde für diese Werkstatt schon eingelesen, am .+\\. Es wurde nichts noch einmal gespeichert\\.$"))))
			.isVisible();
		assertThat(this.page.getByText("4 Ideen eingegeben.")).isVisible();

		// the list counts them
		link("Werkstätten und Papier").click();
		assertThat(this.page.getByText(Pattern.compile("^Freitag, 20\\. November 2026, Rathaus Garstedt\\. 4 Ideen$")))
			.isVisible();
	}

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(Objects.requireNonNull(WorkshopsEndToEndTest.class.getResource("/ideas/" + name)).toURI());
	}

}
