package de.norderstedt.go.content;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tutorials shipped on the classpath pass the validator, and there are enough of
 * them, each with practice.
 */
class ShippedTutorialsTest {

	@Test
	void every_shipped_tutorial_is_valid_and_has_something_to_practise() {
		Tutorials tutorials = Tutorials.shipped();

		assertThat(tutorials.all()).isNotEmpty().allSatisfy(tutorial -> {
			assertThat(tutorial.steps()).hasSizeBetween(Tutorial.MIN_STEPS, Tutorial.MAX_STEPS);
			assertThat(tutorial.steps()).anySatisfy(step -> assertThat(step.practice()).isNotNull());
			assertThat(tutorial.title()).isNotNull();
			assertThat(tutorial.title().in(Locale.GERMAN)).isNotBlank();
			assertThat(tutorial.title().in(Locale.ENGLISH)).isNotBlank();
		});
		assertThat(tutorials.find("touchscreen-basics")).isPresent();
	}

}
