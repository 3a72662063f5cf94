package de.norderstedt.go.lockers;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import de.norderstedt.go.database.ServerKeys;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs locker access codes: made on first start and kept in
 * the database. Only the portal has the private key; agents get the public one.
 */
@Component
class AccessCodeKeys {

	private static final String PURPOSE = "locker-codes";

	private final ServerKeys keys;

	private volatile KeyPair pair;

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
			current = decode(this.keys.material(PURPOSE, AccessCodeKeys::newMaterial));
			this.pair = current;
		}
		return current;
	}

	// length of the PKCS#8 private key, the private key, the X.509 public key
	private static byte[] newMaterial() {
		KeyPair pair = AccessCodes.newKeyPair();
		byte[] privateKey = pair.getPrivate().getEncoded();
		byte[] publicKey = pair.getPublic().getEncoded();
		return ByteBuffer.allocate(2 + privateKey.length + publicKey.length)
			.putShort((short) privateKey.length)
			.put(privateKey)
			.put(publicKey)
			.array();
	}

	private static KeyPair decode(byte[] material) {
		ByteBuffer buffer = ByteBuffer.wrap(material);
		byte[] privateKey = new byte[buffer.getShort()];
		buffer.get(privateKey);
		byte[] publicKey = new byte[buffer.remaining()];
		buffer.get(publicKey);
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
					factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored locker code key cannot be read", ex);
		}
	}

}
