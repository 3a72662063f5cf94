package de.norderstedt.go.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Short codes people read off a screen and type (booking codes, resume codes: only
 * capital letters and digits that cannot be mistaken for each other, no 0/O, 1/I/L), and
 * random tokens for links.
 */
public final class Codes {

	/** The characters a code is made of. */
	public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Codes() {
	}

	/** A new random code of this length. */
	public static String random(int length) {
		char[] code = new char[length];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** Random bytes, URL-safe Base64 without padding: 16 bytes make 22 characters. */
	public static String token(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** A code as typed, without spaces and dashes, in capitals. */
	public static String normal(String typed) {
		return typed.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The code a person typed ("k7m 3pq", "K7M-3PQ"), or empty when it cannot be one of
	 * this length: every code lookup reads what was typed this way, so a malformed text
	 * never reaches the database.
	 * @param typed what was typed or scanned, {@code null} when nothing
	 * @param length the length of such codes
	 * @return the code in capitals, only of {@link #ALPHABET}
	 */
	public static Optional<String> parse(@Nullable String typed, int length) {
		if (typed == null || typed.length() > 4 * length) {
			return Optional.empty();
		}
		String code = normal(typed);
		if (code.length() != length || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

}
