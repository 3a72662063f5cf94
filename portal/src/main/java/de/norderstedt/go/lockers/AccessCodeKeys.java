package de.norderstedt.go.lockers;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

import de.norderstedt.go.database.ServerKeys;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs locker access codes: made on first start and kept in
 * the database. Only the portal has the private key; agents get the public one.
 */
@Component
class AccessCodeKeys {

	private static final String PURPOSE = "locker-codes";

	private final ServerKeys keys;

	private volatile @Nullable KeyPair pair;

	AccessCodeKeys(ServerKeys keys) {
		this.keys = keys;
	}

	PrivateKey privateKey() {
		return pair().getPrivate();
	}

	PublicKey publicKey() {
		return pair().getPublic();
	}

	private KeyPair pair() {
		KeyPair current = this.pair;
		if (current == null) {
			current = this.keys.keyPair(PURPOSE, "Ed25519", AccessCodes::newKeyPair);
			this.pair = current;
		}
		return current;
	}

}
