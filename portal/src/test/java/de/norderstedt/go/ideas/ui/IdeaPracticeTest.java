package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.web.ui.RecordingLearner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea practice goes through the real kiosk idea screens with the next control
 * highlighted and its instruction spoken, checks every answer as submitting does, shows
 * practice examples as similar ideas, and stores nothing: no idea, no support.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class IdeaPracticeTest extends SpringBrowserlessTest {

	@Autowired
	IdeaPractices practices;

	@Autowired
	JdbcTemplate jdbc;

	private final RecordingLearner guide = new RecordingLearner();

	private @Nullable IdeaPractice practice;

	@BeforeEach
	void clear() {
		this.guide.spoken.clear();
		this.guide.finished.set(0);
	}

	@Test
	void a_learner_practises_an_idea_screen_by_screen_and_nothing_is_stored() {
		int ideasBefore = count("idea");
		int supportsBefore = count("idea_kiosk_support");
		open();

		Paragraph banner = $(Paragraph.class, practice()).withClassName("practice-banner").single();
		assertThat(banner.getText()).isEqualTo("Übung: Hier wird nichts gespeichert. Probieren Sie es ruhig aus.");
		assertThat(banner.getElement().getAttribute("role")).isEqualTo("note");

		// 1. the name, with practice examples as similar ideas
		assertThat(heading()).isEqualTo("Wie heißt Ihre Idee?");
		TextField title = $(TextField.class, practice()).withLabel("Name der Idee").single();
		assertThat(next()).isSameAs(title);
		String titleInstruction = "Tippen Sie in das Feld „Name der Idee“. Schreiben Sie einen kurzen Namen, "
				+ "zum Beispiel Bank am Teich. Dann tippen Sie auf „Weiter“.";
		assertInstruction(titleInstruction);
		assertThat(this.guide.spoken).containsExactly(titleInstruction);
		assertThat($(Button.class, practice()).withText("Frage und Antwort vorlesen").exists())
			.as("no private voice outside a kiosk frame")
			.isFalse();
		test(title).setValue("Bank am Teich");
		Button support = $(Button.class, practice())
			.withAriaLabel("Diese Idee unterstützen: " + "Beispiel: Mehr Bänke im Stadtpark")
			.single();
		test(support).click();
		assertThat(support.isEnabled()).isFalse();
		assertThat(lastSpoken()).isEqualTo("Übung: So wird Ihre Unterstützung für „Beispiel: Mehr Bänke im "
				+ "Stadtpark“ gezählt. Es wurde nichts gespeichert.");
		test(button("Weiter")).click();

		// 2. the problem, with the real check
		assertThat(heading()).isEqualTo("Was ist heute nicht gut?");
		TextArea problem = $(TextArea.class, practice()).withLabel("Was heute nicht gut ist").single();
		assertThat(next()).isSameAs(problem);
		assertThat(lastSpoken()).startsWith("Tippen Sie in das Feld „Was heute nicht gut ist“.");
		test(button("Weiter")).click();
		assertThat(problem.isInvalid()).isTrue();
		assertThat(lastSpoken()).isEqualTo("Bitte beschreiben Sie, was heute nicht gut ist.");
		test(problem).setValue("Am Teich gibt es keine Bank.");
		test(button("Weiter")).click();

		// 3. and 4.
		assertThat(heading()).isEqualTo("Was ist Ihre Idee?");
		test($(TextArea.class, practice()).withLabel("Ihre Idee").single()).setValue("Eine Bank am Teich.");
		test(button("Weiter")).click();
		assertThat(heading()).isEqualTo("Wem würde die Idee helfen?");
		test($(TextArea.class, practice()).withLabel("Wem es helfen würde").single()).setValue("Älteren Menschen.");
		test(button("Weiter")).click();

		// 5. the optional details: the submit button is next
		assertThat(heading()).isEqualTo("Zum Schluss: alles freiwillig");
		assertThat(next()).isSameAs(button("Idee einreichen"));
		assertInstruction("Hier ist alles freiwillig. Tippen Sie auf „Idee einreichen“. "
				+ "Keine Sorge: In der Übung wird nichts gespeichert.");
		assertThat(this.guide.finished).hasValue(0);
		test(button("Idee einreichen")).click();

		// the practice receipt
		assertThat(heading()).isEqualTo("Geschafft! So sieht Ihr Beleg aus.");
		assertThat($(Component.class, practice()).withClassName("practice-next").exists()).isFalse();
		Section receipt = $(Section.class, practice()).withClassName("practice-ticket").single();
		assertThat($(Paragraph.class, receipt).id("idea-practice-receipt-mark").getText())
			.isEqualTo("Übung – nichts wurde gespeichert");
		assertThat(receipt.getElement().getTextRecursively()).contains("Bank am Teich")
			.doesNotContainPattern("[A-Z2-9]{5}-[A-Z2-9]{5}");
		assertThat($(Button.class, receipt).exists()).as("nothing to print or carry away").isFalse();
		assertThat(lastSpoken()).startsWith("Geschafft! So sieht Ihr Beleg aus. Das war nur eine Übung.");
		assertThat(this.guide.finished).hasValue(1);
		assertThat(count("idea")).as("no idea stored").isEqualTo(ideasBefore);
		assertThat(count("idea_kiosk_support")).as("no support stored").isEqualTo(supportsBefore);

		// "Nochmal üben"
		practice().restart();
		assertThat(heading()).isEqualTo("Wie heißt Ihre Idee?");
		assertThat(title.getValue()).as("nothing entered is kept").isEmpty();
		assertThat(next()).isSameAs(title);
		assertThat(lastSpoken()).isEqualTo(titleInstruction);
	}

	@Test
	void the_practice_speaks_english_after_a_change_of_language() {
		open();
		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat(heading()).isEqualTo("What is your idea called?");
		assertInstruction("Tap the field “Name of the idea”. Type a short name, for example Bench by the pond. "
				+ "Then tap “Next”.");
		assertThat($(Paragraph.class, practice()).withClassName("practice-banner").single().getText())
			.isEqualTo("Practice: nothing is stored here. Go ahead and try.");
	}

	// ---- helpers

	private void open() {
		IdeaPractice opened = this.practices.open(this.guide);
		this.practice = opened;
		UI.getCurrent().add(opened);
	}

	private IdeaPractice practice() {
		return Objects.requireNonNull(this.practice, "open() first");
	}

	private String heading() {
		return $(H2.class, practice()).first().getText();
	}

	/** The one highlighted control, described by the instruction. */
	private Component next() {
		Component next = $(Component.class, practice()).withClassName("practice-next").single();
		assertThat(next.getElement().getAttribute("aria-describedby")).isEqualTo(PracticeIdeaPort.INSTRUCTION_ID);
		return next;
	}

	private void assertInstruction(String text) {
		Paragraph instruction = $(Paragraph.class, practice()).id(PracticeIdeaPort.INSTRUCTION_ID);
		assertThat(instruction.isVisible()).isTrue();
		assertThat(instruction.getText()).isEqualTo(text);
	}

	private Button button(String text) {
		return $(Button.class, practice()).withText(text).single();
	}

	private String lastSpoken() {
		return this.guide.spoken.get(this.guide.spoken.size() - 1);
	}

	private int count(String table) {
		return Objects.requireNonNull(this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
	}

}
