package de.norderstedt.go.lockers;

import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

import de.norderstedt.go.database.KeyRing;
import de.norderstedt.go.database.ServerKeys;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeKeys;
import de.norderstedt.go.kiosk.codes.SigningKey;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 keys of locker access codes (purpose {@code locker-codes}): from the key
 * files, or made on first start and kept in the database (the embedded default). Only the
 * portal has the private keys; agents get the public ones, by id.
 */
@Component
class AccessCodeKeys {

	static final String PURPOSE = "locker-codes";

	private final ServerKeys keys;

	AccessCodeKeys(ServerKeys keys) {
		this.keys = keys;
	}

	/** The key that signs new codes, with its id. */
	SigningKey signing() {
		KeyRing<KeyPair> ring = ring();
		return new SigningKey(ring.activeId(), ring.active().getPrivate());
	}

	/**
	 * Every accepted public key by id (during a rotation the staged and the former key as
	 * well), and which one checks codes of the first format.
	 */
	CodeKeys publicKeys() {
		KeyRing<KeyPair> ring = ring();
		Map<String, java.security.PublicKey> byId = new LinkedHashMap<>();
		ring.byId().forEach((id, pair) -> byId.put(id, pair.getPublic()));
		return new CodeKeys(byId, ring.legacyId());
	}

	private KeyRing<KeyPair> ring() {
		return this.keys.keyPairs(PURPOSE, "Ed25519", AccessCodes::newKeyPair);
	}

}
