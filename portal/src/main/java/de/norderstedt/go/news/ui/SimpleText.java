package de.norderstedt.go.news.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

/**
 * The editors' simple formatting, made into page elements: a blank line starts a new
 * paragraph, lines starting with "- " make a list, {@code **words**} are bold. The text
 * only ever becomes text nodes, never HTML, so nothing an editor types can run as markup.
 */
final class SimpleText {

	private static final String BOLD = "**";

	private static final String ITEM = "- ";

	private SimpleText() {
	}

	/** Paragraphs and lists, in order. */
	static List<Component> render(String text) {
		List<Component> blocks = new ArrayList<>();
		List<String> paragraph = new ArrayList<>();
		UnorderedList list = null;
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				flush(paragraph, blocks);
				list = null;
			}
			else if (line.startsWith(ITEM) || line.equals("-")) {
				flush(paragraph, blocks);
				if (list == null) {
					list = new UnorderedList();
					blocks.add(list);
				}
				ListItem item = new ListItem();
				inline(line.substring(1).strip(), item.getElement());
				list.add(item);
			}
			else {
				list = null;
				paragraph.add(line);
			}
		}
		flush(paragraph, blocks);
		return blocks;
	}

	/** The words without formatting marks, for summaries and speech. */
	static String plain(String text) {
		StringBuilder plain = new StringBuilder();
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String line = raw.strip();
			if (line.startsWith(ITEM)) {
				line = line.substring(ITEM.length()).strip();
			}
			if (!line.isEmpty()) {
				if (!plain.isEmpty()) {
					plain.append(' ');
				}
				plain.append(withoutMarks(line));
			}
		}
		return plain.toString();
	}

	/**
	 * The first paragraph (or list) as plain text, shortened to about {@code max}
	 * characters.
	 */
	static String summary(String text, int max) {
		String first = text.replace("\r\n", "\n").strip().split("\n\\s*\n", 2)[0];
		String plain = plain(first);
		if (plain.length() <= max) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', max);
		return plain.substring(0, cut > max / 2 ? cut : max).strip() + " …";
	}

	private static String withoutMarks(String line) {
		List<String> parts = split(line);
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			out.append(part);
		}
		return out.toString();
	}

	private static void flush(List<String> lines, List<Component> blocks) {
		if (lines.isEmpty()) {
			return;
		}
		Paragraph paragraph = new Paragraph();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				// a line break the editor typed stays one (addresses, times)
				paragraph.getElement().appendChild(new Element("br"));
			}
			inline(lines.get(i), paragraph.getElement());
		}
		blocks.add(paragraph);
		lines.clear();
	}

	/** Text with bold parts as text nodes and {@code <strong>} elements. */
	private static void inline(String line, Element parent) {
		List<String> parts = split(line);
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i).isEmpty()) {
				continue;
			}
			if (i % 2 == 1) {
				parent.appendChild(new Element("strong").setText(parts.get(i)));
			}
			else {
				parent.appendChild(Element.createText(parts.get(i)));
			}
		}
	}

	/**
	 * The line cut at the bold marks: even parts are normal, odd parts bold. A mark
	 * without its partner stays as typed.
	 */
	private static List<String> split(String line) {
		List<String> parts = new ArrayList<>();
		int from = 0;
		while (true) {
			int open = line.indexOf(BOLD, from);
			int close = open < 0 ? -1 : line.indexOf(BOLD, open + BOLD.length());
			if (open < 0 || close < 0 || close == open + BOLD.length()) {
				parts.add(line.substring(from));
				return parts;
			}
			parts.add(line.substring(from, open));
			parts.add(line.substring(open + BOLD.length(), close));
			from = close + BOLD.length();
		}
	}

}
