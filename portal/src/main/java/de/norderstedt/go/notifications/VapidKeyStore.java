package de.norderstedt.go.notifications;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import com.interaso.webpush.CryptoKt;
import com.interaso.webpush.VapidKeys;
import de.norderstedt.go.database.ServerKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The VAPID key pair (P-256, RFC 8292) that identifies this server to the push services:
 * made on first start and kept in the database, so every instance and every restart signs
 * with the same key. Browsers subscribed with its public key; a new key would silently
 * invalidate all their subscriptions.
 */
@Component
class VapidKeyStore {

	private static final String PURPOSE = "web-push-vapid";

	private final ServerKeys keys;

	private volatile @Nullable VapidKeys vapidKeys;

	VapidKeyStore(ServerKeys keys) {
		this.keys = keys;
	}

	VapidKeys keys() {
		VapidKeys current = this.vapidKeys;
		if (current == null) {
			KeyPair pair = this.keys.keyPair(PURPOSE, "EC", CryptoKt::generateSecp256r1KeyPair);
			current = new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
			this.vapidKeys = current;
		}
		return current;
	}

	/** The public key as browsers want it: the uncompressed point, base64url. */
	String applicationServerKey() {
		return CryptoKt.encodeBase64(keys().getApplicationServerKey());
	}

}
