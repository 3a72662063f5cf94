package de.norderstedt.go.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.norderstedt.go.accessibility.checks.Readability;
import org.jspecify.annotations.Nullable;

/**
 * The rules every tutorial must keep: both languages everywhere, alternative texts for
 * pictures, pictures that exist, practice steps that make sense, references that resolve,
 * and texts plain enough for beginners.
 */
final class TutorialValidator {

	/** Slugs and ids: lower-case letters, digits and dashes. */
	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * Flesch reading ease (Amstad for German) every explaining text must reach: plain
	 * language for adults.
	 */
	static final double PLAIN = 60;

	/** The reading ease a simple-language variant must reach: easy. */
	static final double SIMPLE = 70;

	private static final List<String> LANGUAGES = List.of("de", "en");

	private static final Pattern IMAGE_FILE = Pattern.compile("images/[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png)");

	private final ContentSource source;

	private final List<String> catalog;

	private List<Problem> problems = new ArrayList<>();

	private String file = "";

	TutorialValidator(ContentSource source, List<String> catalog) {
		this.source = source;
		this.catalog = catalog;
	}

	/** Every problem of one tutorial, in the order of its fields. */
	List<Problem> validate(String folder, Tutorial tutorial) {
		this.problems = new ArrayList<>();
		this.file = folder + "/" + TutorialLoader.TUTORIAL;
		if (tutorial.slug() == null) {
			problem("slug", "missing");
		}
		else if (!tutorial.slug().equals(folder)) {
			problem("slug", "'" + tutorial.slug() + "' must be the folder's name '" + folder + "'");
		}
		short_("title", tutorial.title());
		plain("summary", tutorial.summary());
		if (tutorial.topic() == null) {
			problem("topic", "missing");
		}
		if (tutorial.level() == null) {
			problem("level", "missing");
		}
		Integer minutes = tutorial.minutes();
		if (minutes == null || minutes < 1 || minutes > 60) {
			problem("minutes", "must be between 1 and 60");
		}
		List<String> prerequisites = tutorial.prerequisitesOrEmpty();
		for (int i = 0; i < prerequisites.size(); i++) {
			String slug = prerequisites.get(i);
			if (folder.equals(slug)) {
				problem("prerequisites[" + i + "]", "a tutorial cannot require itself");
			}
			else if (!this.catalog.contains(slug)) {
				problem("prerequisites[" + i + "]", "no tutorial '" + slug + "' in " + TutorialLoader.CATALOG);
			}
		}
		steps(folder, tutorial.stepsOrEmpty());
		return this.problems;
	}

	private void steps(String folder, List<Step> steps) {
		if (steps.size() < Tutorial.MIN_STEPS || steps.size() > Tutorial.MAX_STEPS) {
			problem("steps", "has " + steps.size() + " steps; a tutorial has " + Tutorial.MIN_STEPS + " to "
					+ Tutorial.MAX_STEPS);
		}
		Set<String> ids = new HashSet<>();
		boolean practised = false;
		for (int i = 0; i < steps.size(); i++) {
			String at = "steps[" + i + "]";
			Step step = steps.get(i);
			if (step == null) {
				problem(at, "empty step");
				continue;
			}
			if (step.id() == null || !SLUG.matcher(step.id()).matches()) {
				problem(at + ".id", "missing, or not lower-case letters, digits and dashes");
			}
			else if (!ids.add(step.id())) {
				problem(at + ".id", "'" + step.id() + "' is used by an earlier step");
			}
			short_(at + ".title", step.title());
			plain(at + ".text", step.text());
			if (step.simple() != null) {
				simple(at + ".simple", step.simple(), step.text());
			}
			if (step.speech() != null) {
				given(at + ".speech", step.speech());
			}
			if (step.image() != null) {
				image(folder, at + ".image", step.image());
			}
			if (step.practice() != null) {
				practised = true;
				practice(at + ".practice", step.practice());
			}
		}
		if (!steps.isEmpty() && !practised) {
			problem("steps", "no step has a practice; every tutorial needs at least one");
		}
	}

	private void image(String folder, String at, Image image) {
		String name = image.file();
		if (name == null || !IMAGE_FILE.matcher(name).matches()) {
			problem(at + ".file", "missing, or not images/<name>.svg or images/<name>.png");
		}
		else {
			var bytes = this.source.read(folder + "/" + name);
			if (bytes.isEmpty()) {
				problem(at + ".file", "no file " + folder + "/" + name);
			}
			else if (name.endsWith(".svg")) {
				String svg = new String(bytes.get(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
				if (!svg.contains("<svg")) {
					problem(at + ".file", name + " is not an SVG picture");
				}
				else if (svg.contains("<script") || svg.contains("javascript:") || svg.matches("(?s).*\\son\\w+=.*")) {
					problem(at + ".file", name + " contains a script; pictures must not run code");
				}
			}
		}
		given(at + ".alt", image.alt());
	}

	private void practice(String at, Practice practice) {
		given(at + ".hint", practice.hint());
		if (practice.success() != null) {
			given(at + ".success", practice.success());
		}
		switch (practice) {
			case Practice.Tap tap -> screen(at, tap.screen(), tap.target(), 2);
			case Practice.Swipe swipe -> screen(at, swipe.screen(), swipe.target(), 2);
			case Practice.Scroll scroll -> screen(at, scroll.screen(), scroll.target(), 8);
			case Practice.Type type -> {
				short_(at + ".field", type.field());
				short_(at + ".answer", type.answer());
			}
			case Practice.Choose choose -> choose(at, choose);
			case Practice.Scan scan -> {
				if (scan.code() == null || scan.code().isBlank()) {
					problem(at + ".code", "missing: what the QR code holds");
				}
				else if (scan.code().length() > 300) {
					problem(at + ".code", "longer than 300 characters; too dense to scan well");
				}
				given(at + ".result", scan.result());
			}
			case Practice.Guided guided -> {
				if (guided.flow() == null || !Practice.Guided.FLOWS.contains(guided.flow())) {
					problem(at + ".flow", "unknown flow '" + guided.flow() + "'; known flows: "
							+ String.join(", ", Practice.Guided.FLOWS));
				}
			}
		}
	}

	private void screen(String at, @Nullable Screen screen, @Nullable String target, int minItems) {
		if (screen == null) {
			problem(at + ".screen", "missing: the simulated screen to practise on");
			return;
		}
		short_(at + ".screen.title", screen.title());
		List<Screen.Item> items = screen.itemsOrEmpty();
		if (items.size() < minItems) {
			problem(at + ".screen.items", "has " + items.size() + " items; this practice needs at least " + minItems);
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String itemAt = at + ".screen.items[" + i + "]";
			Screen.Item item = items.get(i);
			if (item == null) {
				problem(itemAt, "empty item");
				continue;
			}
			if (item.id() == null || !SLUG.matcher(item.id()).matches()) {
				problem(itemAt + ".id", "missing, or not lower-case letters, digits and dashes");
			}
			else if (!ids.add(item.id())) {
				problem(itemAt + ".id", "'" + item.id() + "' is used by an earlier item");
			}
			short_(itemAt + ".label", item.label());
			if (item.detail() != null) {
				given(itemAt + ".detail", item.detail());
			}
		}
		if (target == null) {
			problem(at + ".target", "missing: the id of the item to reach");
		}
		else if (!ids.contains(target)) {
			problem(at + ".target", "no item '" + target + "' on the screen");
		}
	}

	private void choose(String at, Practice.Choose choose) {
		short_(at + ".question", choose.question());
		List<Practice.Choose.Option> options = choose.optionsOrEmpty();
		if (options.size() < 2) {
			problem(at + ".options", "has " + options.size() + " options; a question needs at least 2");
		}
		Set<String> ids = new HashSet<>();
		boolean anyCorrect = false;
		for (int i = 0; i < options.size(); i++) {
			String optionAt = at + ".options[" + i + "]";
			Practice.Choose.Option option = options.get(i);
			if (option == null) {
				problem(optionAt, "empty option");
				continue;
			}
			if (option.id() == null || !SLUG.matcher(option.id()).matches()) {
				problem(optionAt + ".id", "missing, or not lower-case letters, digits and dashes");
			}
			else if (!ids.add(option.id())) {
				problem(optionAt + ".id", "'" + option.id() + "' is used by an earlier option");
			}
			short_(optionAt + ".label", option.label());
			given(optionAt + ".feedback", option.feedback());
			anyCorrect |= option.correct();
		}
		if (!options.isEmpty() && !anyCorrect) {
			problem(at + ".options", "no option is correct");
		}
	}

	// ---- texts

	/** Both languages present; short texts (titles, labels) are not scored. */
	private void short_(String at, @Nullable Text text) {
		given(at, text);
	}

	/** Both languages present. */
	private boolean given(String at, @Nullable Text text) {
		if (text == null) {
			problem(at, "missing (needs de and en)");
			return false;
		}
		boolean complete = true;
		for (String language : LANGUAGES) {
			if (text.get(language) == null) {
				problem(at + "." + language, "missing " + (language.equals("de") ? "German" : "English") + " text");
				complete = false;
			}
		}
		return complete;
	}

	/** Both languages present and plain enough for beginners. */
	private void plain(String at, @Nullable Text text) {
		if (given(at, text) && text != null) {
			for (String language : LANGUAGES) {
				score(at + "." + language, text.get(language), language, PLAIN);
			}
		}
	}

	/** Both languages present, easy, and easier than the text it replaces. */
	private void simple(String at, Text simple, @Nullable Text original) {
		if (!given(at, simple)) {
			return;
		}
		for (String language : LANGUAGES) {
			double score = score(at + "." + language, simple.get(language), language, SIMPLE);
			String replaced = original == null ? null : original.get(language);
			if (replaced != null && score < Readability.of(replaced, Locale.forLanguageTag(language)).score()) {
				problem(at + "." + language, "is not easier to read than the text it replaces");
			}
		}
	}

	private double score(String at, @Nullable String text, String language, double threshold) {
		if (text == null) {
			return 0;
		}
		try {
			Readability.Result result = Readability.of(text, Locale.forLanguageTag(language));
			if (result.score() < threshold) {
				problem(at,
						String.format(Locale.ROOT,
								"too hard to read: reading ease %.0f, needs at least %.0f (%.1f words per sentence, "
										+ "%.2f syllables per word); use shorter sentences and shorter words",
								result.score(), threshold, result.wordsPerSentence(), result.syllablesPerWord()));
			}
			return result.score();
		}
		catch (IllegalArgumentException ex) {
			problem(at, "has no words");
			return 0;
		}
	}

	private void problem(String field, String message) {
		this.problems.add(new Problem(this.file, field, message));
	}

}
