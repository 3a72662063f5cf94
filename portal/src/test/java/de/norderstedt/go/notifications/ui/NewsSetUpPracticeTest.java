package de.norderstedt.go.notifications.ui;

import java.util.List;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice of the set-up for city news goes through the real set-up screens with the
 * next control highlighted and its instruction spoken, checks as keeping would, keeps
 * nothing, and starts again from nothing chosen.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class NewsSetUpPracticeTest extends SpringBrowserlessTest {

	@Autowired
	NewsSetUpPractices practices;

	@Autowired
	JdbcTemplate jdbc;

	private final RecordingLearner guide = new RecordingLearner();

	private @Nullable NewsSetUpPractice practice;

	@BeforeEach
	void clear() {
		this.guide.spoken.clear();
		this.guide.finished.set(0);
	}

	@Test
	void a_learner_sets_up_city_news_screen_by_screen_and_nothing_is_kept() {
		List<Integer> before = counts();
		open();
		assertThat($(Paragraph.class, practice()).withClassName("practice-banner").single().getText())
			.isEqualTo("Übung: Hier wird nichts gespeichert. Probieren Sie es ruhig aus.");
		assertThat($(H2.class, practice()).single().getText()).isEqualTo("Neuigkeiten einrichten");

		// 1. the areas: nothing chosen at the start, whoever is signed in
		CheckboxGroup<?> topics = group("Themen, die Sie interessieren");
		assertThat(topics.getValue()).isEmpty();
		assertThat(next()).isSameAs(topics);
		String topicsInstruction = "Tippen Sie auf ein Thema, zum Beispiel „Verkehr & Baustellen“. "
				+ "Dann tippen Sie auf „Weiter“.";
		assertInstruction(topicsInstruction);
		assertThat(this.guide.spoken).containsExactly(topicsInstruction);
		test(button("Weiter")).click();
		assertThat(topics.isInvalid()).as("the real check: no area, no news").isTrue();
		test(topics).selectItem("Verkehr & Baustellen");
		assertThat(next()).isSameAs(button("Weiter"));
		test(button("Weiter")).click();

		// 2. the districts
		CheckboxGroup<?> districts = group("Stadtteile");
		assertThat(next()).isSameAs(districts);
		assertThat(lastSpoken()).startsWith("Tippen Sie auf Ihren Stadtteil, zum Beispiel „Garstedt“.");
		test(districts).selectItem("Garstedt");
		test(button("Weiter")).click();

		// 3. how: messages on this device are switched on; no device section at all
		Checkbox push = $(Checkbox.class, practice()).withCaption("Als Nachricht auf dem Gerät").single();
		assertThat(push.getValue()).isFalse();
		assertThat(next()).isSameAs(push);
		assertThat($(PushDeviceSection.class, practice()).exists()).as("the browser is never asked").isFalse();
		test(push).click();
		assertThat(next()).isSameAs(button("Fertig"));
		assertThat(this.guide.finished).hasValue(0);
		test(button("Fertig")).click();

		// the summary, marked as practice
		assertThat($(Component.class, practice()).withClassName("practice-next").exists()).isFalse();
		Section summary = $(Section.class, practice()).withClassName("practice-ticket").single();
		assertThat(summary.getElement().getTextRecursively()).contains("Übung – nichts wurde gespeichert")
			.contains("Themen: Verkehr & Baustellen")
			.contains("Stadtteile: Garstedt")
			.contains("So kommen die Neuigkeiten: In der App (empfohlen), Als Nachricht auf dem Gerät");
		assertThat(lastSpoken()).startsWith("Geschafft! So sieht Ihre Auswahl aus. Das war nur eine Übung.");
		assertThat(this.guide.finished).hasValue(1);
		assertThat(counts()).as("no settings, areas, districts or push subscriptions kept").isEqualTo(before);

		// "Nochmal üben": from nothing chosen again
		practice().restart();
		assertThat(topics.getValue()).isEmpty();
		assertThat(next()).isSameAs(topics);
		assertThat(lastSpoken()).isEqualTo(topicsInstruction);
	}

	// ---- helpers

	private void open() {
		NewsSetUpPractice opened = this.practices.open(this.guide);
		this.practice = opened;
		UI.getCurrent().add(opened);
	}

	private NewsSetUpPractice practice() {
		return Objects.requireNonNull(this.practice, "open() first");
	}

	private CheckboxGroup<?> group(String label) {
		return $(CheckboxGroup.class, practice()).withCondition(g -> label.equals(g.getLabel())).single();
	}

	/** The one highlighted control, described by the instruction. */
	private Component next() {
		Component next = $(Component.class, practice()).withClassName("practice-next").single();
		assertThat(next.getElement().getAttribute("aria-describedby")).isEqualTo(PracticeNewsSetUpPort.INSTRUCTION_ID);
		return next;
	}

	private void assertInstruction(String text) {
		Paragraph instruction = $(Paragraph.class, practice()).id(PracticeNewsSetUpPort.INSTRUCTION_ID);
		assertThat(instruction.isVisible()).isTrue();
		assertThat(instruction.getText()).isEqualTo(text);
	}

	private Button button(String text) {
		return $(Button.class, practice()).withText(text).single();
	}

	private String lastSpoken() {
		return this.guide.spoken.get(this.guide.spoken.size() - 1);
	}

	private List<Integer> counts() {
		return List.of("notification_settings", "news_interest_topic", "news_interest_district", "push_subscription")
			.stream()
			.map(table -> Objects
				.requireNonNull(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)))
			.toList();
	}

}
