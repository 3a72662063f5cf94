package de.norderstedt.go.notifications;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

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
			current = decode(this.keys.material(PURPOSE, VapidKeyStore::newMaterial));
			this.vapidKeys = current;
		}
		return current;
	}

	/** The public key as browsers want it: the uncompressed point, base64url. */
	String applicationServerKey() {
		return CryptoKt.encodeBase64(keys().getApplicationServerKey());
	}

	// length of the PKCS#8 private key, the private key, the X.509 public key
	private static byte[] newMaterial() {
		KeyPair pair = CryptoKt.generateSecp256r1KeyPair();
		byte[] privateKey = pair.getPrivate().getEncoded();
		byte[] publicKey = pair.getPublic().getEncoded();
		return ByteBuffer.allocate(2 + privateKey.length + publicKey.length)
			.putShort((short) privateKey.length)
			.put(privateKey)
			.put(publicKey)
			.array();
	}

	private static VapidKeys decode(byte[] material) {
		ByteBuffer buffer = ByteBuffer.wrap(material);
		byte[] privateKey = new byte[buffer.getShort()];
		buffer.get(privateKey);
		byte[] publicKey = new byte[buffer.remaining()];
		buffer.get(publicKey);
		try {
			KeyFactory factory = KeyFactory.getInstance("EC");
			return new VapidKeys((ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)),
					(ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalStateException("The stored Web Push (VAPID) key cannot be read", ex);
		}
	}

}
