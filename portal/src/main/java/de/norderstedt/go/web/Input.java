package de.norderstedt.go.web;

import org.jspecify.annotations.Nullable;

/**
 * What every form does with typed text before it is checked, and the rules every text
 * field follows: surrounding blanks go, nothing invisible, nothing cut — text that is too
 * long is refused in words.
 */
public final class Input {

	/** Message key: the text is longer than allowed; arguments: the limit, the length. */
	public static final String TOO_LONG = "common.error.too-long";

	/** Message key: the text holds characters nobody can see. */
	public static final String INVISIBLE = "common.error.invisible";

	private Input() {
	}

	/** The text without surrounding blanks, or null when nothing was typed. */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * A text that must be there: stripped, at most {@code maxLength} characters, on one
	 * line, nothing invisible.
	 * @param missingKey the message when nothing was typed
	 * @throws Refusal at the field, with the reason
	 */
	public static String required(String field, @Nullable String value, int maxLength, String missingKey) {
		String text = optional(field, value, maxLength);
		if (text == null) {
			throw Refusal.at(field, missingKey);
		}
		return text;
	}

	/**
	 * A text that may be left empty (then null): stripped, at most {@code maxLength}
	 * characters, on one line, nothing invisible.
	 * @throws Refusal at the field, with the reason
	 */
	public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
		return checked(field, value, maxLength, false);
	}

	/**
	 * Like {@link #optional} for text of several lines (a message, a description).
	 * @throws Refusal at the field, with the reason
	 */
	public static @Nullable String optionalLines(String field, @Nullable String value, int maxLength) {
		return checked(field, value, maxLength, true);
	}

	/**
	 * Like {@link #required} for text of several lines (a message, a description).
	 * @throws Refusal at the field, with the reason
	 */
	public static String requiredLines(String field, @Nullable String value, int maxLength, String missingKey) {
		String text = optionalLines(field, value, maxLength);
		if (text == null) {
			throw Refusal.at(field, missingKey);
		}
		return text;
	}

	private static @Nullable String checked(String field, @Nullable String value, int maxLength,
			boolean lineBreaksAllowed) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		if (text.length() > maxLength) {
			throw Refusal.at(field, TOO_LONG, maxLength, text.length());
		}
		if (hasInvisibleCharacters(text, lineBreaksAllowed)) {
			throw Refusal.at(field, INVISIBLE);
		}
		return text;
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
