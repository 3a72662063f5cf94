package de.norderstedt.go.accessibility.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

	private static final String GERMAN_SIMPLE = "Der Kurs ist kostenlos. Sie lernen, wie man eine App benutzt.";

	private static final String GERMAN_BUREAUCRATIC = "Die Inanspruchnahme der Leistungen setzt die fristgerechte "
			+ "Einreichung sämtlicher erforderlicher Antragsunterlagen bei der zuständigen Verwaltungsbehörde voraus.";

	private static final String ENGLISH_SIMPLE = "The library offers free courses. You learn how to use an app.";

	private static final String ENGLISH_BUREAUCRATIC = "Notwithstanding the aforementioned provisions, applicants are "
			+ "required to substantiate their eligibility by submitting comprehensive documentation to the "
			+ "appropriate administrative authority.";

	@Test
	void a_short_german_text_scores_what_a_hand_count_gives() {
		// Counted by hand:
		// "Der(1) Kurs(1) ist(1) kos-ten-los(3)." = 4 words, 6 syllables
		// "Sie(1) ler-nen(2), wie(1) man(1) ei-ne(2) App(1) be-nutzt(2)."
		// = 7 words, 10 syllables
		// 11 words, 2 sentences, 16 syllables: ASL = 5.5, ASW = 16/11
		// Amstad: 180 - 5.5 - 58.5 * 16/11 = 89.4091
		Readability.Result result = Readability.german(GERMAN_SIMPLE);

		assertThat(result.words()).isEqualTo(11);
		assertThat(result.sentences()).isEqualTo(2);
		assertThat(result.syllables()).isEqualTo(16);
		assertThat(result.wordsPerSentence()).isEqualTo(5.5);
		assertThat(result.score()).isCloseTo(180 - 5.5 - 58.5 * 16 / 11.0, within(1e-9))
			.isCloseTo(89.41, within(0.005));
	}

	@Test
	void a_short_english_text_scores_what_a_hand_count_gives() {
		// Counted by hand:
		// "The(1) li-brar-y(3) of-fers(2) free(1) cours-es(2)." = 5 words, 9 syllables
		// "You(1) learn(1) how(1) to(1) use(1) an(1) app(1)." = 7 words, 7 syllables
		// 12 words, 2 sentences, 16 syllables: ASL = 6, ASW = 4/3
		// Flesch: 206.835 - 1.015 * 6 - 84.6 * 4/3 = 87.945
		Readability.Result result = Readability.english(ENGLISH_SIMPLE);

		assertThat(result.words()).isEqualTo(12);
		assertThat(result.sentences()).isEqualTo(2);
		assertThat(result.syllables()).isEqualTo(16);
		assertThat(result.syllablesPerWord()).isCloseTo(4 / 3.0, within(1e-12));
		assertThat(result.score()).isCloseTo(87.945, within(1e-9));
	}

	@Test
	void plain_german_scores_higher_than_bureaucratic_german() {
		Readability.Result simple = Readability.german(GERMAN_SIMPLE);
		Readability.Result bureaucratic = Readability.german(GERMAN_BUREAUCRATIC);

		assertThat(simple.score()).isGreaterThan(60);
		assertThat(bureaucratic.score()).isLessThan(30);
	}

	@Test
	void plain_english_scores_higher_than_bureaucratic_english() {
		Readability.Result simple = Readability.english(ENGLISH_SIMPLE);
		Readability.Result bureaucratic = Readability.english(ENGLISH_BUREAUCRATIC);

		assertThat(simple.score()).isGreaterThan(60);
		assertThat(bureaucratic.score()).isLessThan(30);
	}

	@ParameterizedTest
	@CsvSource({ "Haus, 1", "Kinder, 2", "Straßenbahn, 3", "Bibliothek, 4", "Theater, 3", "Situation, 5", "Feuer, 2",
			"Bäume, 2", "Eier, 2", "Quelle, 2", "Idee, 2", "Boot, 1", "Handy, 2", "Frühstück, 2", "Glashütte, 3",
			"E-Mail, 2", "geht's, 1", "Sie, 1", "Verwaltungsbehörde, 6" })
	void german_syllables_are_counted_by_vowel_groups_and_diphthongs(String word, int syllables) {
		assertThat(Readability.germanSyllables(word)).isEqualTo(syllables);
	}

	@ParameterizedTest
	@CsvSource({ "cat, 1", "the, 1", "make, 1", "free, 1", "table, 2", "people, 2", "whale, 1", "library, 3", "used, 1",
			"wanted, 2", "played, 1", "called, 1", "hundred, 2", "makes, 1", "boxes, 2", "places, 2", "tables, 2",
			"goes, 1", "yes, 1", "you, 1", "beyond, 2", "happy, 2", "beautiful, 3", "queue, 1", "don't, 1", "e-mail, 2",
			"centre, 2", "documentation, 5" })
	void english_syllables_handle_silent_e_and_le(String word, int syllables) {
		assertThat(Readability.englishSyllables(word)).isEqualTo(syllables);
	}

	@Test
	void decimal_points_and_abbreviations_do_not_end_a_sentence() {
		Readability.Result german = Readability.german("Der Kurs beginnt um 10.30 Uhr, z. B. in der Bibliothek.");
		Readability.Result english = Readability.english("Bring a device, e.g. a phone. It starts at 9.30 sharp!");

		assertThat(german.sentences()).isEqualTo(1);
		// numbers are not words: Der Kurs beginnt um Uhr z B in der Bibliothek
		assertThat(german.words()).isEqualTo(10);
		assertThat(english.sentences()).isEqualTo(2);
		// Bring a device e g a phone It starts at sharp
		assertThat(english.words()).isEqualTo(11);
	}

	@Test
	void text_without_final_punctuation_is_one_sentence_and_punctuation_runs_end_only_one() {
		assertThat(Readability.german("Hallo Welt").sentences()).isEqualTo(1);
		assertThat(Readability.german("Wirklich?! Ja... Gut.").sentences()).isEqualTo(3);
	}

	@Test
	void the_language_chooses_the_formula() {
		assertThat(Readability.of(GERMAN_SIMPLE, Locale.GERMANY)).isEqualTo(Readability.german(GERMAN_SIMPLE));
		assertThat(Readability.of(ENGLISH_SIMPLE, Locale.UK)).isEqualTo(Readability.english(ENGLISH_SIMPLE));
		assertThatIllegalArgumentException().isThrownBy(() -> Readability.of(GERMAN_SIMPLE, Locale.FRENCH));
	}

	@Test
	void text_without_words_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Readability.german(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Readability.english("123 ... !?"));
	}

}
