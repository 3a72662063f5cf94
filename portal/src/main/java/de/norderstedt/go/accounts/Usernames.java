package de.norderstedt.go.accounts;

import java.text.Normalizer;

/** People type usernames in many ways; compare them in one form. */
final class Usernames {

	static final int MAX_LENGTH = 254;

	private Usernames() {
	}

	static String normalize(String raw) {
		return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
	}

	/** Length within bounds and no control or invisible formatting characters. */
	static boolean isPlausible(String normalized) {
		if (normalized.isEmpty() || normalized.length() > MAX_LENGTH) {
			return false;
		}
		return normalized.codePoints().noneMatch(cp -> {
			int type = Character.getType(cp);
			return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE;
		});
	}

}
