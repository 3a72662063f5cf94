package de.norderstedt.go.tutorials.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.content.Level;
import de.norderstedt.go.content.Topic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Turning tutorial texts into page content and into speech. */
final class TutorialTexts {

	private TutorialTexts() {
	}

	/**
	 * Paragraphs (separated by a blank line) and lists (lines starting with "- ") of a
	 * step's text. Lines within a paragraph run on.
	 */
	static List<Component> blocks(String text) {
		List<Component> blocks = new ArrayList<>();
		for (String block : text.strip().split("\\n\\s*\\n")) {
			List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			if (lines.stream().allMatch(line -> line.startsWith("- "))) {
				UnorderedList list = new UnorderedList();
				lines.forEach(line -> list.add(new ListItem(line.substring(2).strip())));
				blocks.add(list);
			}
			else {
				blocks.add(new Paragraph(String.join(" ", lines)));
			}
		}
		return blocks;
	}

	/** The text as one line to speak: list marks gone, lines joined. */
	static String spoken(String text) {
		return text.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.map(line -> line.startsWith("- ") ? line.substring(2) : line)
			.reduce((a, b) -> a + " " + b)
			.orElse("");
	}

	static String levelKey(Level level) {
		return "tutorials.level." + level.name().toLowerCase(Locale.ROOT);
	}

	static String topicKey(Topic topic) {
		return "tutorials.topic." + topic.name().toLowerCase(Locale.ROOT);
	}

}
