package de.norderstedt.go.devices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import de.norderstedt.go.web.Codes;

/** Random codes and credentials, and the hashes under which they are stored. */
final class Secrets {

	private Secrets() {
	}

	/** 256 random bits, URL-safe. */
	static String newToken() {
		return randomToken(32);
	}

	/**
	 * 128 random bits, URL-safe: short enough for a QR code that scans easily from a
	 * screen, long enough never to be guessed within its few minutes.
	 */
	static String newShortToken() {
		return randomToken(16);
	}

	private static String randomToken(int bytes) {
		return Codes.token(bytes);
	}

	/**
	 * SHA-256: tokens are random and long, so a plain hash is enough and lookups stay
	 * indexable.
	 */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
