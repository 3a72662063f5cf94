package de.norderstedt.go.ideas;

import java.util.List;
import java.util.Locale;

/**
 * One criterion of an evaluation: its weight in the total (the weights of a set add up to
 * 100), whether a high score is bad, and what each level of the 1–5 scale means.
 */
public record Criterion(long id, String slug, String nameDe, String nameEn, int weight, boolean inverted,
		List<String> levelsDe, List<String> levelsEn) {

	/** The lowest and highest score. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	public Criterion {
		levelsDe = List.copyOf(levelsDe);
		levelsEn = List.copyOf(levelsEn);
	}

	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.nameDe;
	}

	/** What the score means, in words. */
	public String level(int score, Locale locale) {
		return (english(locale) ? this.levelsEn : this.levelsDe).get(score - LOWEST);
	}

	/** The score as it counts towards the total: inverted criteria count 6 minus it. */
	double counted(int score) {
		return this.inverted ? LOWEST + HIGHEST - score : score;
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
