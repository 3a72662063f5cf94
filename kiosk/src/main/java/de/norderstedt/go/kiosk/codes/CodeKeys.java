package de.norderstedt.go.kiosk.codes;

import java.security.PublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The public keys that check access codes, by key id: during a rotation more than one
 * (the key that signs now, the one staged to sign next, the one that signed until
 * recently). Codes of the first format ({@link AccessCodes#LEGACY_PREFIX}) carry no key
 * id: only the legacy key checks them, and only while it is configured.
 *
 * @param byId the keys by their id (8 lower-case hexadecimal digits)
 * @param legacyId the key that checks codes of the first format, or null when none may
 * open any more
 */
public record CodeKeys(Map<String, PublicKey> byId, @Nullable String legacyId) {

	/** Validates the ids. */
	public CodeKeys {
		Objects.requireNonNull(byId, "byId");
		if (byId.isEmpty()) {
			throw new IllegalArgumentException("At least one public key is needed");
		}
		for (String id : byId.keySet()) {
			if (!AccessCodes.isKeyId(id)) {
				throw new IllegalArgumentException("Not a key id (8 hexadecimal digits): " + id);
			}
		}
		byId = java.util.Collections.unmodifiableMap(new TreeMap<>(byId));
		if (legacyId != null && !byId.containsKey(legacyId)) {
			throw new IllegalArgumentException("The legacy key " + legacyId + " is not among the keys");
		}
	}

	/**
	 * One key, which also checks codes of the first format (an installation whose key has
	 * never been rotated). Its id is derived from the key ({@link AccessCodes#keyId}).
	 * @param key the public key
	 * @return the key set
	 */
	public static CodeKeys single(PublicKey key) {
		String id = AccessCodes.keyId(key);
		return new CodeKeys(Map.of(id, key), id);
	}

	/**
	 * The key with this id.
	 * @param id the key id
	 * @return the key, or null when it is not (or no longer) configured
	 */
	public @Nullable PublicKey key(String id) {
		return this.byId.get(id);
	}

	/**
	 * The key that checks codes of the first format.
	 * @return the key, or null when there is none
	 */
	public @Nullable PublicKey legacy() {
		return (this.legacyId != null) ? this.byId.get(this.legacyId) : null;
	}

}
