package de.norderstedt.go.content;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A guided tutorial as written in {@code content/tutorials/<slug>/tutorial.yaml}. Once
 * validated, every field but the optional ones of a step is present.
 *
 * @param slug the tutorial's name in addresses; the same as its folder
 * @param title the title
 * @param summary one or two sentences on what the learner will be able to do
 * @param topic what it is about
 * @param level how much the learner should know
 * @param minutes about how long it takes
 * @param prerequisites slugs of tutorials to do first
 * @param steps the steps, 5 to 12
 */
public record Tutorial(@Nullable String slug, @Nullable Text title, @Nullable Text summary, @Nullable Topic topic,
		@Nullable Level level, @Nullable Integer minutes, @Nullable List<String> prerequisites,
		@Nullable List<Step> steps) {

	/** The fewest steps a tutorial may have. */
	public static final int MIN_STEPS = 5;

	/** The most steps a tutorial may have. */
	public static final int MAX_STEPS = 12;

	/** The steps, empty when not given. */
	public List<Step> stepsOrEmpty() {
		return this.steps == null ? List.of() : this.steps;
	}

	/** The prerequisites, empty when not given. */
	public List<String> prerequisitesOrEmpty() {
		return this.prerequisites == null ? List.of() : this.prerequisites;
	}

	/** The position (0-based) of the step with this id. */
	public Optional<Integer> indexOf(String stepId) {
		List<Step> all = stepsOrEmpty();
		for (int i = 0; i < all.size(); i++) {
			if (stepId.equals(all.get(i).id())) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

}
