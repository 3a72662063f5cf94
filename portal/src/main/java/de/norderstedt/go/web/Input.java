package de.norderstedt.go.web;

import org.jspecify.annotations.Nullable;

/** What every form does with typed text before it is checked. */
public final class Input {

	private Input() {
	}

	/** The text without surrounding blanks, or null when nothing was typed. */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Whether the text holds characters nobody can see or type on purpose: control
	 * characters (line breaks only when not allowed) and format characters such as a
	 * right-to-left override or zero-width space.
	 */
	public static boolean hasInvisibleCharacters(String text, boolean lineBreaksAllowed) {
		return text.codePoints()
			.anyMatch(c -> (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r')))
					|| Character.getType(c) == Character.FORMAT);
	}

}
