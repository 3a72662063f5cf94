package de.norderstedt.go.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule of the format, proven with a broken copy of a valid fixture
 * ({@code src/test/resources/fixtures/valid}): the validator names the file and the
 * field.
 */
class TutorialValidatorTest {

	private static final Path VALID = Path.of("src/test/resources/fixtures/valid");

	private static final String SAMPLE = "sample/tutorial.yaml";

	private static final String BASICS = "basics/tutorial.yaml";

	@TempDir
	Path folder;

	@Test
	void the_valid_fixture_loads_with_its_tutorials_in_the_catalogues_order() {
		Tutorials tutorials = TutorialLoader.load(ContentSource.directory(VALID));

		assertThat(tutorials.all()).extracting(Tutorial::slug).containsExactly("basics", "sample");
		Tutorial sample = tutorials.find("sample").orElseThrow();
		assertThat(sample.steps()).hasSize(5);
		assertThat(sample.stepsOrEmpty().get(1).practice()).isInstanceOf(Practice.Tap.class);
		assertThat(sample.indexOf("scan-it")).contains(3);
		assertThat(tutorials.image("sample", "images/picture.svg")).isPresent();
	}

	@Test
	void only_pictures_a_tutorial_uses_can_be_read() {
		Tutorials tutorials = TutorialLoader.load(ContentSource.directory(VALID));

		assertThat(tutorials.image("sample", "tutorial.yaml")).isEmpty();
		assertThat(tutorials.image("sample", "../basics/tutorial.yaml")).isEmpty();
		assertThat(tutorials.image("nothing", "images/picture.svg")).isEmpty();
	}

	static Stream<Arguments> brokenTutorials() {
		return Stream.of(
				arguments("a missing English text", SAMPLE, "      en: Here you learn something new. It is fun.\n", "",
						SAMPLE, "steps[0].text.en", "missing English text"),
				arguments("a missing German title", BASICS, "title: { de: Grundlagen, en: Basics }",
						"title: { en: Basics }", BASICS, "title.de", "missing German text"),
				arguments("a missing alternative text", SAMPLE, "        en: A blue circle on a white background.\n",
						"", SAMPLE, "steps[0].image.alt.en", "missing English text"),
				arguments("a picture without any alternative text", SAMPLE,
						"      alt:\n        de: Ein blauer Kreis auf weißem Grund.\n        en: A blue circle on a white background.\n",
						"", SAMPLE, "steps[0].image.alt", "missing"),
				arguments("an unknown practice type", SAMPLE, "type: scan", "type: juggle", SAMPLE, "steps[3].practice",
						"unknown or missing practice type"),
				arguments("a practice without a hint", BASICS,
						"      hint: { de: Schauen Sie auf die Farbe., en: Look at the colour. }\n", "", BASICS,
						"steps[4].practice.hint", "missing"),
				arguments("a tap target that is not on the screen", SAMPLE, "target: weather", "target: calendar",
						SAMPLE, "steps[1].practice.target", "no item 'calendar'"),
				arguments("a prerequisite that does not exist", SAMPLE, "prerequisites: [basics]",
						"prerequisites: [knitting]", SAMPLE, "prerequisites[0]", "no tutorial 'knitting'"),
				arguments("a picture file that does not exist", SAMPLE, "file: images/picture.svg",
						"file: images/missing.svg", SAMPLE, "steps[0].image.file", "no file sample/images/missing.svg"),
				arguments("an unknown guided flow", SAMPLE, "flow: course-booking", "flow: tax-return", SAMPLE,
						"steps[2].practice.flow", "unknown flow 'tax-return'"),
				arguments("a text too hard for plain language", BASICS,
						"      de: Tippen Sie auf den Knopf. Er ist rot.",
						"      de: Die ordnungsgemäße Inanspruchnahme sämtlicher kommunaler Dienstleistungsangebote "
								+ "erfordert grundsätzlich eine vorherige Authentifizierung mittels personenbezogener Zugangsdaten.",
						BASICS, "steps[4].text.de", "too hard to read"),
				arguments("a simple variant that is harder than the text", SAMPLE, "      en: Tap Weather. It is red.",
						"      en: Subsequently, authenticate yourself utilizing the meteorological application interface.",
						SAMPLE, "steps[1].simple.en", "too hard to read"),
				arguments("too few steps", BASICS,
						"  - id: step-1\n    title: { de: Schritt 1, en: Step 1 }\n"
								+ "    text:\n      de: Das ist ein kurzer Text. Er ist leicht zu lesen.\n"
								+ "      en: This is a short text. It is easy to read.\n",
						"", BASICS, "steps", "has 4 steps"),
				arguments("an unknown field", BASICS, "    practice:\n      type: choose",
						"    notpractice:\n      type: choose", BASICS, "steps[4].notpractice", "unknown field"),
				arguments("two steps with one id", BASICS, "id: step-2", "id: step-1", BASICS, "steps[1].id",
						"'step-1' is used by an earlier step"),
				arguments("a question without a correct answer", BASICS, "correct: true", "correct: false", BASICS,
						"steps[4].practice.options", "no option is correct"),
				arguments("a slug that is not its folder", BASICS, "slug: basics", "slug: basic", BASICS, "slug",
						"must be the folder's name 'basics'"),
				arguments("an unknown topic", BASICS, "topic: basics", "topic: gardening", BASICS, "topic",
						"gardening"),
				arguments("a catalogue entry without a folder", "catalog.yaml", "  - sample", "  - sample\n  - ghost",
						"ghost/tutorial.yaml", "", "file not found"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTutorials")
	void a_broken_tutorial_is_refused_naming_file_and_field(String what, String file, String original,
			String replacement, String expectedFile, String expectedField, String expectedMessage) throws IOException {
		copyValidFixture();
		Path broken = this.folder.resolve(file);
		String text = Files.readString(broken);
		assertThat(text).as("the fixture contains what the case breaks").contains(original);
		Files.writeString(broken, text.replace(original, replacement));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> TutorialLoader.load(ContentSource.directory(this.folder)))
			.satisfies(ex -> assertThat(ex.problems()).anySatisfy(problem -> {
				assertThat(problem.file()).isEqualTo(expectedFile);
				assertThat(problem.field()).isEqualTo(expectedField);
				assertThat(problem.message()).contains(expectedMessage);
			}))
			.withMessageContaining(expectedFile);
	}

	@Test
	void a_tutorial_without_any_practice_is_refused() throws IOException {
		copyValidFixture();
		Path basics = this.folder.resolve(BASICS);
		String text = Files.readString(basics);
		Files.writeString(basics, text.substring(0, text.indexOf("    practice:")));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> TutorialLoader.load(ContentSource.directory(this.folder)))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					new Problem(BASICS, "steps", "no step has a practice; every tutorial needs at least one")));
	}

	@Test
	void a_picture_that_runs_a_script_is_refused() throws IOException {
		copyValidFixture();
		Files.writeString(this.folder.resolve("sample/images/picture.svg"),
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>");

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> TutorialLoader.load(ContentSource.directory(this.folder)))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(new Problem(SAMPLE, "steps[0].image.file",
					"images/picture.svg contains a script; pictures must not run code")));
	}

	@Test
	void every_problem_is_reported_at_once() throws IOException {
		copyValidFixture();
		Path sample = this.folder.resolve(SAMPLE);
		Files.writeString(sample,
				Files.readString(sample)
					.replace("target: weather", "target: nowhere")
					.replace("        en: A blue circle on a white background.\n", ""));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> TutorialLoader.load(ContentSource.directory(this.folder)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(Problem::field)
				.containsExactly("steps[0].image.alt.en", "steps[1].practice.target"));
	}

	private void copyValidFixture() throws IOException {
		try (Stream<Path> files = Files.walk(VALID)) {
			for (Path source : files.toList()) {
				Path target = this.folder.resolve(VALID.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

}
