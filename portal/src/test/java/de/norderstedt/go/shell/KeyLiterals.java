package de.norderstedt.go.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The string literals of Java source text that look like keys of the UI texts:
 * {@code "courses.error.name"}, whether passed to {@code getTranslation}, kept in a
 * constant, given to a {@code Refusal} or used as the start of a key completed at run
 * time ({@code "role." + role.name()}). Comments, character literals and text blocks are
 * skipped.
 */
final class KeyLiterals {

	/**
	 * Dot-separated words, the first in lower case: {@code lockers.type.rollator},
	 * {@code role.LOCKER_STAFF}; a trailing dot marks the start of a key
	 * ({@code "role."}).
	 */
	static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*((\\.[A-Za-z0-9_-]+)+\\.?|\\.)");

	private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\s*\\(\\s*$");

	/**
	 * A literal that is a key or the start of one.
	 *
	 * @param file where it is
	 * @param line its line, from 1
	 * @param text the literal's text
	 * @param completedAtRunTime whether the code adds to it ({@code "role." + name}, or a
	 * text ending in a dot)
	 */
	record Literal(String file, int line, String text, boolean completedAtRunTime) {

		@Override
		public String toString() {
			return "\"" + this.text + "\" (" + this.file + ":" + this.line + ")";
		}

	}

	private KeyLiterals() {
	}

	/**
	 * The key-shaped literals in a source file: those whose first word is one the bundle
	 * uses ({@code namespaces}, e.g. "courses"), and any key-shaped literal passed
	 * straight to {@code getTranslation}. Other dotted literals (property names such as
	 * {@code "go.lockers.reminders"}, date patterns) are not keys.
	 */
	static List<Literal> in(String file, String source, Set<String> namespaces) {
		List<Literal> found = new ArrayList<>();
		int i = 0;
		int line = 1;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			}
			else if (source.startsWith("//", i)) {
				// up to the line's end, which the next round counts
				int end = source.indexOf('\n', i);
				i = end < 0 ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = end(source, i + 2, "*/");
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = end(source, i + 3, "\"\"\"");
				line += count(source, i, end);
				i = end;
			}
			else if (c == '\'') {
				i = closing(source, i + 1, '\'') + 1;
			}
			else if (c == '"') {
				int close = closing(source, i + 1, '"');
				String text = source.substring(i + 1, close);
				if (KEY_SHAPE.matcher(text).matches() && (namespaces.contains(text.substring(0, text.indexOf('.')))
						|| TRANSLATION_CALL.matcher(source.substring(Math.max(0, i - 40), i)).find())) {
					boolean continued = text.endsWith(".") || next(source, close + 1) == '+';
					found.add(new Literal(file, line, text, continued));
				}
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return found;
	}

	/** The index after the end marker (or the end of the text). */
	private static int end(String source, int from, String marker) {
		int at = source.indexOf(marker, from);
		return at < 0 ? source.length() : at + marker.length();
	}

	/** The index of the closing quote, skipping escaped characters. */
	private static int closing(String source, int from, char quote) {
		int i = from;
		while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i, source.length() - 1);
	}

	/** The next character that is not white space. */
	private static char next(String source, int from) {
		for (int i = from; i < source.length(); i++) {
			if (!Character.isWhitespace(source.charAt(i))) {
				return source.charAt(i);
			}
		}
		return 0;
	}

	private static int count(String source, int from, int to) {
		int lines = 0;
		for (int i = from; i < to; i++) {
			if (source.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

}
