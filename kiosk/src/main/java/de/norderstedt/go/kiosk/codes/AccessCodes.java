package de.norderstedt.go.kiosk.codes;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Signs and verifies locker access codes. The text form is {@link #PREFIX} followed by
 * the base32 (RFC 4648 alphabet, upper case, no padding) of the 27-byte payload (version
 * 2, the signing key's id, what the code grants) and its 64-byte Ed25519 signature: 150
 * characters that all lie in the QR code's alphanumeric mode, so a phone screen scans
 * easily. Codes of the first format ({@link #LEGACY_PREFIX}, no key id, 144 characters)
 * are still read, with the legacy key only.
 */
public final class AccessCodes {

	/** Marks the current format (version 2, with a key id). */
	public static final String PREFIX = "GO2:";

	/** Marks the first format (version 1, no key id). */
	public static final String LEGACY_PREFIX = "GO1:";

	private static final String ALGORITHM = "Ed25519";

	private static final byte LEGACY_VERSION = 1;

	private static final byte VERSION = 2;

	private static final int GRANT_BYTES = 22;

	private static final int KEY_ID_BYTES = 4;

	private static final int SIGNATURE_BYTES = 64;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");

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
	 * Whether the text is a key id: 8 lower-case hexadecimal digits.
	 * @param text the text
	 * @return true if it is one
	 */
	public static boolean isKeyId(@Nullable String text) {
		return text != null && KEY_ID.matcher(text).matches();
	}

	/**
	 * The id derived from a public key: the first 4 bytes of the SHA-256 of its X.509
	 * encoding. Keys the portal makes itself carry it, so an agent configured with a
	 * single {@code publicKey} knows that key's id.
	 * @param key the public key
	 * @return 8 lower-case hexadecimal digits
	 */
	public static String keyId(PublicKey key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
			return HexFormat.of().formatHex(hash, 0, KEY_ID_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks SHA-256", ex);
		}
	}

	/**
	 * Signs a code in the current format, naming the key.
	 * @param code what the code grants
	 * @param key the Ed25519 private key and its id
	 * @return the text for the QR code (150 characters including the prefix)
	 */
	public static String sign(AccessCode code, SigningKey key) {
		byte[] payload = ByteBuffer.allocate(1 + KEY_ID_BYTES + GRANT_BYTES)
			.put(VERSION)
			.putInt(Integer.parseUnsignedInt(key.id(), 16))
			.put(grant(code))
			.array();
		return PREFIX + base32(signed(payload, key.key()));
	}

	/**
	 * Signs a code in the first format, which names no key. The portal no longer issues
	 * these; tests and tools use it to check that such codes open exactly as long as the
	 * legacy key is configured.
	 * @param code what the code grants
	 * @param key the Ed25519 private key
	 * @return the text for the QR code (144 characters including the prefix)
	 */
	public static String signLegacy(AccessCode code, PrivateKey key) {
		byte[] payload = ByteBuffer.allocate(1 + GRANT_BYTES).put(LEGACY_VERSION).put(grant(code)).array();
		return LEGACY_PREFIX + base32(signed(payload, key));
	}

	private static byte[] signed(byte[] payload, PrivateKey key) {
		try {
			Signature signer = Signature.getInstance(ALGORITHM);
			signer.initSign(key);
			signer.update(payload);
			byte[] signature = signer.sign();
			return ByteBuffer.allocate(payload.length + signature.length).put(payload).put(signature).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Cannot sign with this key", ex);
		}
	}

	/**
	 * Checks form, key and signature only; time window, station and earlier use are the
	 * caller's to check with its own clock and records. A code names its key by id: a key
	 * that is not among {@code keys} opens nothing ({@link Verification.UnknownKey}), nor
	 * does a code of the first format once no legacy key is configured.
	 * @param text the scanned or typed text; surrounding whitespace and lower case are
	 * accepted
	 * @param keys the public keys by id, and which one is the legacy key
	 * @return the outcome
	 */
	public static Verification verify(String text, CodeKeys keys) {
		String normalised = text.strip().toUpperCase(Locale.ROOT);
		boolean legacy = normalised.startsWith(LEGACY_PREFIX);
		if (!legacy && !normalised.startsWith(PREFIX)) {
			return new Verification.Malformed();
		}
		int payloadBytes = 1 + (legacy ? 0 : KEY_ID_BYTES) + GRANT_BYTES;
		byte[] bytes = decodeBase32(normalised.substring(PREFIX.length()), payloadBytes + SIGNATURE_BYTES);
		if (bytes == null) {
			return new Verification.Malformed();
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, payloadBytes);
		if (buffer.get() != (legacy ? LEGACY_VERSION : VERSION)) {
			return new Verification.Malformed();
		}
		String keyId = legacy ? null : HexFormat.of().toHexDigits(buffer.getInt());
		AccessCode code = parseGrant(buffer);
		if (code == null) {
			return new Verification.Malformed();
		}
		PublicKey key = (keyId != null) ? keys.key(keyId) : keys.legacy();
		if (key == null) {
			return new Verification.UnknownKey((keyId != null) ? keyId : "legacy");
		}
		try {
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(key);
			verifier.update(bytes, 0, payloadBytes);
			boolean valid = verifier.verify(bytes, payloadBytes, SIGNATURE_BYTES);
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

	private static byte[] grant(AccessCode code) {
		return ByteBuffer.allocate(GRANT_BYTES)
			.putLong(code.id())
			.putInt((int) code.stationId())
			.put((byte) code.compartment())
			.put((byte) code.action().ordinal())
			.putInt((int) code.validFrom().getEpochSecond())
			.putInt((int) code.validUntil().getEpochSecond())
			.array();
	}

	private static @Nullable AccessCode parseGrant(ByteBuffer buffer) {
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
		StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
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
	 * Decodes exactly {@code length} bytes, or returns null. The last character carries
	 * padding bits that must be zero: otherwise two texts would decode to the same code
	 * and a changed last character could go unnoticed.
	 */
	private static byte @Nullable [] decodeBase32(String text, int length) {
		if (text.length() != (length * 8 + 4) / 5) {
			return null;
		}
		byte[] bytes = new byte[length];
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

	/** The outcome of {@link AccessCodes#verify(String, CodeKeys)}. */
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

		/**
		 * Right form, but signed with a key that is not configured (never, or no longer):
		 * a code of the first format once the legacy key is gone, or a key staff have not
		 * yet given to this agent.
		 *
		 * @param keyId the code's key id, or "legacy" for a code of the first format
		 */
		record UnknownKey(String keyId) implements Verification {
		}

	}

}
