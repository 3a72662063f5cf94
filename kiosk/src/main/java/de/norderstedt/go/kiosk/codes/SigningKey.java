package de.norderstedt.go.kiosk.codes;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * The private key that signs access codes, with the id that every code it signs carries.
 *
 * @param id 8 lower-case hexadecimal digits
 * @param key the Ed25519 private key
 */
public record SigningKey(String id, PrivateKey key) {

	/** Validates the id. */
	public SigningKey {
		Objects.requireNonNull(key, "key");
		if (!AccessCodes.isKeyId(id)) {
			throw new IllegalArgumentException("Not a key id (8 hexadecimal digits): " + id);
		}
	}

	@Override
	public String toString() {
		// never the key itself, not even in a log line
		return "SigningKey[" + this.id + "]";
	}

}
