package de.norderstedt.go.notifications;

import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import com.interaso.webpush.CryptoKt;
import com.interaso.webpush.VapidKeys;
import de.norderstedt.go.database.KeyRing;
import de.norderstedt.go.database.ServerKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The VAPID key pairs (P-256, RFC 8292) that identify this server to the push services
 * (purpose {@code web-push-vapid}): from the key files, or made on first start and kept
 * in the database. A browser's subscription belongs to the key it subscribed with: a push
 * service refuses messages signed with another. So during a rotation each subscription is
 * served with its own key while that key is configured, and browsers subscribe again with
 * the new key when their person next opens the notification settings.
 */
@Component
class VapidKeyStore {

	static final String PURPOSE = "web-push-vapid";

	private final ServerKeys keys;

	private final Map<KeyPair, VapidKeys> vapid = new ConcurrentHashMap<>();

	VapidKeyStore(ServerKeys keys) {
		this.keys = keys;
	}

	/** The key that new subscriptions use. */
	VapidKeys keys() {
		return vapid(ring().active());
	}

	/** The id of {@link #keys()}. */
	String activeId() {
		return ring().activeId();
	}

	/**
	 * The key a subscription was made with, while it is configured (null: made before key
	 * ids, with the legacy key); otherwise the active key.
	 */
	VapidKeys keysFor(@Nullable String keyId) {
		KeyRing<KeyPair> ring = ring();
		KeyPair pair = (keyId != null) ? ring.get(keyId) : ring.legacy();
		return vapid((pair != null) ? pair : ring.active());
	}

	/** The public key as browsers want it: the uncompressed point, base64url. */
	String applicationServerKey() {
		return CryptoKt.encodeBase64(keys().getApplicationServerKey());
	}

	private KeyRing<KeyPair> ring() {
		return this.keys.keyPairs(PURPOSE, "EC", CryptoKt::generateSecp256r1KeyPair);
	}

	private VapidKeys vapid(KeyPair pair) {
		// the rings keep their pairs; one VapidKeys per pair (a pair is its own key here)
		return this.vapid.computeIfAbsent(pair,
				p -> new VapidKeys((ECPublicKey) p.getPublic(), (ECPrivateKey) p.getPrivate()));
	}

}
