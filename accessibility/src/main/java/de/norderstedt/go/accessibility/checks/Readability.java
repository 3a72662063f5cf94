package de.norderstedt.go.accessibility.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flesch reading ease: German after Amstad ({@code 180 - ASL - 58.5 * ASW}) and English
 * after Flesch ({@code 206.835 - 1.015 * ASL - 84.6 * ASW}), where ASL is the average
 * sentence length in words and ASW the average number of syllables per word. Higher is
 * easier: 60 to 70 is plain language for adults, above 80 easy, below 30 academic or
 * bureaucratic. Scores are not clamped, so very easy texts can exceed 100 and very hard
 * ones fall below 0.
 * <p>
 * Syllables are estimated from spelling, which is right for most everyday words and off
 * by one for some (e.g. German "Museum", English "create"): good for comparing texts and
 * for a threshold, not for a single word. Words are runs of letters, joined by an
 * apostrophe or hyphen between letters ("E-Mail", "don't"); numbers are not words.
 * Sentences end at {@code .}, {@code !} and {@code ?}, except for a decimal point between
 * digits and the dot of a common abbreviation ("z. B.", "e.g.").
 */
public final class Readability {

	// abbreviations whose dot rarely ends a sentence; "usw." and "etc." often do and are
	// not here
	private static final Set<String> GERMAN_ABBREVIATIONS = Set.of("z", "b", "d", "h", "u", "a", "o", "s", "v", "bzw",
			"ca", "vgl", "nr", "str", "dr", "prof", "inkl", "ggf", "evtl", "sog", "tel", "bspw");

	private static final Set<String> ENGLISH_ABBREVIATIONS = Set.of("e", "g", "i", "mr", "mrs", "ms", "dr", "prof",
			"vs", "st", "approx", "dept", "tel");

	/**
	 * A readability score and the counts it was computed from.
	 *
	 * @param score the reading ease; higher is easier
	 * @param words number of words
	 * @param sentences number of sentences
	 * @param syllables number of syllables in all words
	 */
	public record Result(double score, int words, int sentences, int syllables) {

		/** Average sentence length in words (ASL). */
		public double wordsPerSentence() {
			return (double) this.words / this.sentences;
		}

		/** Average number of syllables per word (ASW). */
		public double syllablesPerWord() {
			return (double) this.syllables / this.words;
		}

	}

	private Readability() {
	}

	/**
	 * Reading ease of a German text after Amstad.
	 * @throws IllegalArgumentException when the text has no words
	 */
	public static Result german(String text) {
		Tokens tokens = tokenize(text, GERMAN_ABBREVIATIONS);
		int syllables = 0;
		for (String word : tokens.words()) {
			syllables += germanSyllables(word);
		}
		double asl = (double) tokens.words().size() / tokens.sentences();
		double asw = (double) syllables / tokens.words().size();
		return new Result(180 - asl - 58.5 * asw, tokens.words().size(), tokens.sentences(), syllables);
	}

	/**
	 * Reading ease of an English text after Flesch.
	 * @throws IllegalArgumentException when the text has no words
	 */
	public static Result english(String text) {
		Tokens tokens = tokenize(text, ENGLISH_ABBREVIATIONS);
		int syllables = 0;
		for (String word : tokens.words()) {
			syllables += englishSyllables(word);
		}
		double asl = (double) tokens.words().size() / tokens.sentences();
		double asw = (double) syllables / tokens.words().size();
		return new Result(206.835 - 1.015 * asl - 84.6 * asw, tokens.words().size(), tokens.sentences(), syllables);
	}

	/**
	 * Reading ease in the text's language: German or English.
	 * @throws IllegalArgumentException for another language or a text without words
	 */
	public static Result of(String text, Locale language) {
		return switch (language.getLanguage()) {
			case "de" -> german(text);
			case "en" -> english(text);
			default -> throw new IllegalArgumentException("no readability formula for language '" + language + "'");
		};
	}

	/** Estimated syllables of one German word; at least 1. */
	static int germanSyllables(String word) {
		int total = 0;
		for (String part : parts(word, Locale.GERMAN)) {
			total += Math.max(1, germanNuclei(part));
		}
		return Math.max(1, total);
	}

	/** Estimated syllables of one English word; at least 1. */
	static int englishSyllables(String word) {
		int total = 0;
		for (String part : parts(word, Locale.ENGLISH)) {
			total += Math.max(1, englishVowelGroups(part));
		}
		return Math.max(1, total);
	}

	private static int germanNuclei(String w) {
		int count = 0;
		int i = 0;
		while (i < w.length()) {
			char c = w.charAt(i);
			boolean vowel = isGermanVowel(c) && !(c == 'u' && i > 0 && w.charAt(i - 1) == 'q')
					&& !(c == 'y' && i == 0 && i + 1 < w.length() && isGermanVowel(w.charAt(i + 1)));
			if (!vowel) {
				i++;
				continue;
			}
			count++;
			// a diphthong or a doubled (long) vowel is one syllable; other neighbouring
			// vowels are separate syllables, as in The-a-ter, Si-tu-a-ti-on
			boolean pair = i + 1 < w.length() && isGermanNucleus(c, w.charAt(i + 1));
			i += pair ? 2 : 1;
		}
		return count;
	}

	private static boolean isGermanVowel(char c) {
		return "aeiouäöüyéè".indexOf(c) >= 0;
	}

	private static boolean isGermanNucleus(char first, char second) {
		return switch ("" + first + second) {
			case "ei", "ey", "ai", "ay", "au", "eu", "äu", "ie", "aa", "ee", "oo" -> true;
			default -> false;
		};
	}

	private static int englishVowelGroups(String w) {
		int n = w.length();
		boolean[] vowel = new boolean[n];
		for (int i = 0; i < n; i++) {
			char c = w.charAt(i);
			if (c == 'y') {
				// "y" before a vowel is a consonant: yes, you, player, beyond
				vowel[i] = !(i + 1 < n && "aeiou".indexOf(w.charAt(i + 1)) >= 0);
			}
			else {
				vowel[i] = "aeiouéè".indexOf(c) >= 0;
			}
		}
		int groups = 0;
		for (int i = 0; i < n; i++) {
			if (vowel[i] && (i == 0 || !vowel[i - 1])) {
				groups++;
			}
		}
		if (groups < 2 || n < 3) {
			return groups;
		}
		char last = w.charAt(n - 1);
		// the final "e" of these endings is silent only when it is a vowel group of its
		// own after a consonant (make, used, lines), not in free, goes, agreed
		if (last == 'e' && !vowel[n - 2]) {
			// -le and -re after a consonant are syllables of their own: ta-ble, peo-ple,
			// cen-tre (but whale, more)
			char liquid = w.charAt(n - 2);
			boolean syllabic = (liquid == 'l' || liquid == 'r') && !vowel[n - 3] && w.charAt(n - 3) != liquid;
			return syllabic ? groups : groups - 1;
		}
		if ((last == 'd' || last == 's') && w.charAt(n - 2) == 'e' && !vowel[n - 3]) {
			char before = w.charAt(n - 3);
			String ending = w.substring(Math.max(0, n - 4), n - 2);
			// the e is spoken after t/d in -ed (wanted) and after sibilants in -es
			// (boxes, places, pages, wishes), and in -bled, -bles (trou-bled, ta-bles)
			boolean spoken = (last == 'd') ? before == 't' || before == 'd'
					: "sxzcg".indexOf(before) >= 0 || ending.equals("sh") || ending.equals("ch");
			boolean consonantCluster = (before == 'l' || before == 'r') && n >= 4 && !vowel[n - 4]
					&& w.charAt(n - 4) != before;
			return (spoken || consonantCluster) ? groups : groups - 1;
		}
		return groups;
	}

	/** Lower-case parts of a word split at hyphens, without apostrophes. */
	private static List<String> parts(String word, Locale locale) {
		List<String> parts = new ArrayList<>(2);
		for (String part : word.toLowerCase(locale).split("[-\u2010\u2011]")) {
			String letters = part.replace("'", "").replace("\u2019", "");
			if (!letters.isEmpty()) {
				parts.add(letters);
			}
		}
		return parts;
	}

	private record Tokens(List<String> words, int sentences) {
	}

	private static Tokens tokenize(String text, Set<String> abbreviations) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFC);
		List<String> words = new ArrayList<>();
		int sentences = 0;
		boolean sentenceHasWords = false;
		int lastWordEnd = -1;
		int i = 0;
		while (i < s.length()) {
			int cp = s.codePointAt(i);
			if (Character.isLetter(cp)) {
				int start = i;
				i += Character.charCount(cp);
				while (i < s.length()) {
					int next = s.codePointAt(i);
					if (Character.isLetter(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
						i += Character.charCount(next);
					}
					else if (isJoiner(next) && i + 1 < s.length() && Character.isLetter(s.codePointAt(i + 1))) {
						i++;
					}
					else {
						break;
					}
				}
				words.add(s.substring(start, i));
				sentenceHasWords = true;
				lastWordEnd = i;
				continue;
			}
			if (cp == '.' || cp == '!' || cp == '?') {
				boolean decimalPoint = cp == '.' && i > 0 && isAsciiDigit(s.charAt(i - 1)) && i + 1 < s.length()
						&& isAsciiDigit(s.charAt(i + 1));
				boolean abbreviation = cp == '.' && lastWordEnd == i
						&& abbreviations.contains(words.getLast().toLowerCase(Locale.ROOT));
				if (sentenceHasWords && !decimalPoint && !abbreviation) {
					sentences++;
					sentenceHasWords = false;
				}
			}
			i += Character.charCount(cp);
		}
		if (sentenceHasWords) {
			sentences++;
		}
		if (words.isEmpty()) {
			throw new IllegalArgumentException("text has no words");
		}
		return new Tokens(List.copyOf(words), sentences);
	}

	private static boolean isJoiner(int c) {
		return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
