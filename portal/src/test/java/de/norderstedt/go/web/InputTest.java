package de.norderstedt.go.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InputTest {

	@Test
	void text_that_is_too_long_is_refused_at_its_field_with_the_limit_and_the_length_never_cut() {
		String pasted = "a".repeat(5_000);

		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Input.required("name", pasted, 100, "x.missing"))
			.satisfies(refusal -> {
				assertThat(refusal.field()).contains("name");
				assertThat(refusal.messageKey()).isEqualTo(Input.TOO_LONG);
				assertThat(refusal.text(Locale.GERMAN)).contains("5.000 Zeichen").contains("höchstens 100");
				assertThat(refusal.text(Locale.ENGLISH)).contains("5,000 characters").contains("At most 100");
			});
	}

	@Test
	void a_required_text_of_blanks_only_is_refused_with_the_fields_own_message() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Input.required("title", " \t ", 100, "x.missing"))
			.satisfies(refusal -> {
				assertThat(refusal.field()).contains("title");
				assertThat(refusal.messageKey()).isEqualTo("x.missing");
			});
	}

	@Test
	void invisible_characters_are_refused_and_line_breaks_only_where_lines_are_allowed() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Input.optional("name", "Hel\u200Bga", 100))
			.satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo(Input.INVISIBLE));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Input.optional("name", "Hel\nga", 100));
		assertThat(Input.optionalLines("message", " Hallo\nWelt ", 100)).isEqualTo("Hallo\nWelt");
	}

	@Test
	void an_optional_text_left_empty_is_null_and_others_are_stripped() {
		assertThat(Input.optional("phone", "   ", 20)).isNull();
		assertThat(Input.optional("phone", null, 20)).isNull();
		assertThat(Input.optional("phone", " 040 123 ", 20)).isEqualTo("040 123");
	}

	@Test
	void a_refusal_of_the_whole_request_names_no_field() {
		assertThat(new Refusal("courses.error.date-over").field()).isEmpty();
	}

}
