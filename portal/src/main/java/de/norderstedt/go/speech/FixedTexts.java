package de.norderstedt.go.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import de.norderstedt.go.content.Image;
import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.content.Tutorials;
import org.jspecify.annotations.Nullable;

/**
 * The texts the platform itself says, the same for every visitor: the interface texts of
 * the message bundles that take no arguments, and the shipped tutorials. Only these are
 * kept in the shared speech cache; every other text (what a person typed, a name, a
 * booking code, anything filled into a message) is spoken for one request and forgotten.
 * The server decides by the text itself, so no client can declare a personal text fixed.
 */
final class FixedTexts {

	private static final List<String> BUNDLES = List.of("vaadin-i18n/translations_de.properties",
			"vaadin-i18n/translations_en.properties");

	private final Set<String> texts;

	private FixedTexts(Set<String> texts) {
		this.texts = Set.copyOf(texts);
	}

	/** The interface texts on the classpath and the texts of these tutorials. */
	static FixedTexts of(Tutorials tutorials) {
		Set<String> texts = new HashSet<>();
		for (String bundle : BUNDLES) {
			for (String value : messages(bundle)) {
				// a message with arguments is filled with a person's data when shown
				if (!value.contains("{")) {
					add(texts, value);
				}
			}
		}
		for (Tutorial tutorial : tutorials.all()) {
			addText(texts, tutorial.title());
			addText(texts, tutorial.summary());
			for (Step step : tutorial.stepsOrEmpty()) {
				addText(texts, step.title());
				addText(texts, step.text());
				addText(texts, step.simple());
				addText(texts, step.speech());
				Image image = step.image();
				if (image != null) {
					addText(texts, image.alt());
				}
				Practice practice = step.practice();
				if (practice != null) {
					addPractice(texts, practice);
				}
			}
		}
		return new FixedTexts(texts);
	}

	/** Whether the text is one of the platform's own, as read aloud. */
	boolean contains(String text) {
		return this.texts.contains(normalize(text));
	}

	/** How many distinct fixed texts there are. */
	int size() {
		return this.texts.size();
	}

	/**
	 * Whitespace runs as one space, trimmed, composed (as the read-aloud script sends).
	 */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	private static void addPractice(Set<String> texts, Practice practice) {
		addText(texts, practice.hint());
		addText(texts, practice.success());
		switch (practice) {
			case Practice.Choose choose -> {
				addText(texts, choose.question());
				for (Practice.Choose.Option option : choose.optionsOrEmpty()) {
					addText(texts, option.label());
					addText(texts, option.feedback());
				}
			}
			case Practice.Type type -> addText(texts, type.field());
			case Practice.Scan scan -> addText(texts, scan.result());
			default -> {
			}
		}
	}

	/**
	 * Both languages of a content text, whole, as spoken (list marks gone) and in its
	 * pieces as the page shows them (paragraphs, list items).
	 */
	private static void addText(Set<String> texts, @Nullable Text text) {
		if (text == null) {
			return;
		}
		for (String language : new String[] { text.de(), text.en() }) {
			if (language == null || language.isBlank()) {
				continue;
			}
			add(texts, language);
			StringBuilder spoken = new StringBuilder();
			for (String block : language.strip().split("\\n\\s*\\n")) {
				StringBuilder paragraph = new StringBuilder();
				for (String line : block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
					String said = line.startsWith("- ") ? line.substring(2).strip() : line;
					if (line.startsWith("- ")) {
						add(texts, said);
					}
					paragraph.append(said).append(' ');
					spoken.append(said).append(' ');
				}
				add(texts, block.lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse(""));
				add(texts, paragraph.toString());
			}
			add(texts, spoken.toString());
		}
	}

	private static void add(Set<String> texts, String text) {
		String normalized = normalize(text);
		if (!normalized.isEmpty()) {
			texts.add(normalized);
		}
	}

	private static List<String> messages(String resource) {
		Properties properties = new Properties();
		try (InputStream in = FixedTexts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no message bundle " + resource + " on the classpath");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.stringPropertyNames().stream().map(properties::getProperty).toList();
	}

}
