package de.norderstedt.go.ideas;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers and e-mail addresses inside an idea's own words. Ideas are public; a
 * person who writes "call me at 040 …" into the text is held back from publishing it:
 * pages show a note in its place, and only the moderators see the original.
 */
public final class ContactData {

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

	/**
	 * A German or international phone number: starts with +, 00 or 0, then digits with
	 * spaces, slashes, hyphens or brackets between them (not dots: those are dates and
	 * prices), at least six digits in all.
	 */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\p{L}\\p{N}.,])(?:\\+|0)[\\d\\s/()\\-]{4,}\\d(?![\\p{L}\\p{N}])");

	private static final int MIN_PHONE_DIGITS = 6;

	private ContactData() {
	}

	/** The phone numbers and e-mail addresses in the text, in the order they appear. */
	public static List<String> in(String text) {
		TreeMap<Integer, String> found = new TreeMap<>();
		Matcher email = EMAIL.matcher(text);
		StringBuilder withoutEmails = new StringBuilder(text);
		while (email.find()) {
			found.put(email.start(), email.group());
			// blanked, so that no phone number is read out of an address
			for (int i = email.start(); i < email.end(); i++) {
				withoutEmails.setCharAt(i, ' ');
			}
		}
		Matcher phone = PHONE.matcher(withoutEmails);
		while (phone.find()) {
			if (isPhone(phone.group())) {
				found.put(phone.start(), phone.group());
			}
		}
		return List.copyOf(found.values());
	}

	/** The text with every phone number and e-mail address replaced by the note. */
	public static String heldBack(String text, String note) {
		String withoutEmails = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(note));
		Matcher phone = PHONE.matcher(withoutEmails);
		StringBuilder result = new StringBuilder();
		while (phone.find()) {
			String match = phone.group();
			phone.appendReplacement(result, Matcher.quoteReplacement(isPhone(match) ? note : match));
		}
		phone.appendTail(result);
		return result.toString();
	}

	private static boolean isPhone(String candidate) {
		return candidate.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
	}

}
