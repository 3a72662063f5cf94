package de.norderstedt.go.kiosk.codes;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Signs and verifies locker access codes. The text form is {@link #PREFIX} followed by
 * the base32 (RFC 4648 alphabet, upper case, no padding) of the 23-byte payload and its
 * 64-byte Ed25519 signature: 140 characters that all lie in the QR code's alphanumeric
 * mode, so a phone screen scans easily.
 */
public final class AccessCodes {

	/** Marks the format and its version, so a future format can live next to this one. */
	public static final String PREFIX = "GO1:";

	private static final String ALGORITHM = "Ed25519";

	private static final byte VERSION = 1;

	private static final int PAYLOAD_BYTES = 23;

	private static final int SIGNATURE_BYTES = 64;

	private static final int TOTAL_BYTES = PAYLOAD_BYTES + SIGNATURE_BYTES;

	private static final int TEXT_CHARS = (TOTAL_BYTES * 8 + 4) / 5;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private AccessCodes() {
	}

	/**
	 * Creates a new Ed25519 key pair.
	 * @return the key pair
	 */
	public static KeyPair newKeyPair() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks Ed25519", ex);
		}
	}

	/**
	 * Signs a code.
	 * @param code what the code grants
	 * @param key the Ed25519 private key
	 * @return the text for the QR code (144 characters including the prefix)
	 */
	public static String sign(AccessCode code, PrivateKey key) {
		byte[] payload = payload(code);
		byte[] signature;
		try {
			Signature signer = Signature.getInstance(ALGORITHM);
			signer.initSign(key);
			signer.update(payload);
			signature = signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Cannot sign with this key", ex);
		}
		byte[] all = ByteBuffer.allocate(TOTAL_BYTES).put(payload).put(signature).array();
		return PREFIX + base32(all);
	}

	/**
	 * Checks form and signature only; time window, station and earlier use are the
	 * caller's to check with its own clock and records.
	 * @param text the scanned or typed text; surrounding whitespace and lower case are
	 * accepted
	 * @param key the Ed25519 public key
	 * @return the outcome
	 */
	public static Verification verify(String text, PublicKey key) {
		String normalised = text.strip().toUpperCase(Locale.ROOT);
		if (!normalised.startsWith(PREFIX)) {
			return new Verification.Malformed();
		}
		byte[] bytes = decodeBase32(normalised.substring(PREFIX.length()));
		if (bytes == null) {
			return new Verification.Malformed();
		}
		AccessCode code = parsePayload(ByteBuffer.wrap(bytes, 0, PAYLOAD_BYTES));
		if (code == null) {
			return new Verification.Malformed();
		}
		try {
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(key);
			verifier.update(bytes, 0, PAYLOAD_BYTES);
			boolean valid = verifier.verify(bytes, PAYLOAD_BYTES, SIGNATURE_BYTES);
			return valid ? new Verification.Valid(code) : new Verification.BadSignature();
		}
		catch (SignatureException ex) {
			// The JDK throws for signatures that are not even well-formed points: still a
			// mismatch
			return new Verification.BadSignature();
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Not an Ed25519 public key", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks Ed25519", ex);
		}
	}

	/**
	 * Encodes a public key for configuration files.
	 * @param key the public key
	 * @return base64 of its X.509 encoding
	 */
	public static String encode(PublicKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/**
	 * Reads a public key written by {@link #encode(PublicKey)}.
	 * @param base64 base64 of the X.509 encoding
	 * @return the Ed25519 public key
	 * @throws IllegalArgumentException if it is not one
	 */
	public static PublicKey publicKey(String base64) {
		try {
			return KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a base64 X.509 Ed25519 public key", ex);
		}
	}

	/**
	 * Encodes a private key for storage.
	 * @param key the private key
	 * @return its PKCS#8 encoding
	 */
	public static byte[] encodePrivate(PrivateKey key) {
		return key.getEncoded();
	}

	/**
	 * Reads a private key written by {@link #encodePrivate(PrivateKey)}.
	 * @param pkcs8 the PKCS#8 encoding
	 * @return the Ed25519 private key
	 * @throws IllegalArgumentException if it is not one
	 */
	public static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not a PKCS#8 Ed25519 private key", ex);
		}
	}

	private static byte[] payload(AccessCode code) {
		return ByteBuffer.allocate(PAYLOAD_BYTES)
			.put(VERSION)
			.putLong(code.id())
			.putInt((int) code.stationId())
			.put((byte) code.compartment())
			.put((byte) code.action().ordinal())
			.putInt((int) code.validFrom().getEpochSecond())
			.putInt((int) code.validUntil().getEpochSecond())
			.array();
	}

	private static @Nullable AccessCode parsePayload(ByteBuffer buffer) {
		if (buffer.get() != VERSION) {
			return null;
		}
		long id = buffer.getLong();
		long stationId = Integer.toUnsignedLong(buffer.getInt());
		int compartment = Byte.toUnsignedInt(buffer.get());
		int action = Byte.toUnsignedInt(buffer.get());
		long from = Integer.toUnsignedLong(buffer.getInt());
		long until = Integer.toUnsignedLong(buffer.getInt());
		if (compartment < 1 || action >= CodeAction.values().length || until < from) {
			return null;
		}
		return new AccessCode(id, stationId, compartment, CodeAction.values()[action], Instant.ofEpochSecond(from),
				Instant.ofEpochSecond(until));
	}

	private static String base32(byte[] bytes) {
		StringBuilder text = new StringBuilder(TEXT_CHARS);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				text.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/**
	 * Decodes exactly {@link #TOTAL_BYTES} bytes, or returns null. The last character
	 * carries padding bits that must be zero: otherwise two texts would decode to the
	 * same code and a changed last character could go unnoticed.
	 */
	private static byte @Nullable [] decodeBase32(String text) {
		if (text.length() != TEXT_CHARS) {
			return null;
		}
		byte[] bytes = new byte[TOTAL_BYTES];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (int i = 0; i < text.length(); i++) {
			int value = ALPHABET.indexOf(text.charAt(i));
			if (value < 0) {
				return null;
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes[index++] = (byte) (buffer >>> (bits - 8));
				bits -= 8;
			}
		}
		if ((buffer & ((1 << bits) - 1)) != 0) {
			return null;
		}
		return bytes;
	}

	/** The outcome of {@link AccessCodes#verify(String, PublicKey)}. */
	public sealed interface Verification {

		/**
		 * Form and signature are right.
		 *
		 * @param code what the code grants
		 */
		record Valid(AccessCode code) implements Verification {
		}

		/**
		 * Not this format: wrong prefix, length or characters, or a non-canonical
		 * encoding.
		 */
		record Malformed() implements Verification {
		}

		/** Right form, but the signature does not match the payload and key. */
		record BadSignature() implements Verification {
		}

	}

}
