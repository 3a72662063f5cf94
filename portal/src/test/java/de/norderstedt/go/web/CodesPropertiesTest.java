package de.norderstedt.go.web;

import java.util.List;
import java.util.Locale;

import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link Codes#parse}, the one reader of every typed code (booking codes,
 * resume codes, idea receipts), over random inputs: a failing case names its seed, and
 * {@code @Seed} on the method repeats it.
 */
@ExtendWith(InstancioExtension.class)
class CodesPropertiesTest {

	private static final List<Integer> LENGTHS = List.of(6, 8, 10);

	@Test
	void aCodeIsReadHoweverItIsTyped() {
		for (int i = 0; i < 1000; i++) {
			int length = Instancio.gen().oneOf(LENGTHS).get();
			String code = code(length);
			String typed = typed(code);
			assertThat(Codes.parse(typed, length)).as("typed %s", typed).contains(code);
		}
	}

	@Test
	void anyTextIsEitherACodeOfTheLengthOrNothing() {
		List<String> texts = Instancio.gen().string().length(0, 60).allowEmpty().mixedCase().list(1000);
		texts.addAll(Instancio.gen().string().length(0, 40).allowEmpty().unicode().list(1000));
		texts.addAll(Instancio.gen().text().pattern("#d#C#c#d #C#d-#C#C#d").list(500));
		for (String text : texts) {
			for (int length : LENGTHS) {
				Codes.parse(text, length).ifPresent(code -> {
					assertThat(code).hasSize(length);
					assertThat(code.chars()).allMatch(c -> Codes.ALPHABET.indexOf(c) >= 0);
					assertThat(code).isEqualTo(Codes.normal(text));
				});
			}
		}
	}

	@Test
	void oneCharacterOutsideTheAlphabetMakesNoCode() {
		for (int i = 0; i < 1000; i++) {
			int length = Instancio.gen().oneOf(LENGTHS).get();
			char[] code = code(length).toCharArray();
			code[Instancio.gen().ints().range(0, length - 1).get()] = Instancio.gen()
				.oneOf('0', 'O', '1', 'I', 'L', 'Ä', 'ß', '.', '_', '\u200B', '\u0301', '#')
				.get();
			assertThat(Codes.parse(new String(code), length)).as("%s", new String(code)).isEmpty();
		}
	}

	@Test
	void tooLongTextIsNotRead() {
		assertThat(Codes.parse(" ".repeat(10_000) + code(8), 8)).isEmpty();
		assertThat(Codes.parse(null, 8)).isEmpty();
	}

	private static String code(int length) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < length; i++) {
			code.append(Instancio.gen().oneOf(Codes.ALPHABET.chars().mapToObj(c -> (char) c).toList()).get());
		}
		return code.toString();
	}

	/** As a person might type it: any case, spaces or dashes between, blanks around. */
	private static String typed(String code) {
		StringBuilder typed = new StringBuilder(Instancio.gen().oneOf("", " ", "\t", "  ").get());
		for (char c : code.toCharArray()) {
			boolean lower = Instancio.gen().booleans().get();
			typed.append(lower ? Character.toString(c).toLowerCase(Locale.ROOT) : Character.toString(c));
			typed.append(Instancio.gen().oneOf("", "", "", " ", "-").get());
		}
		return typed.append(Instancio.gen().oneOf("", " ", "\n").get()).toString();
	}

}
