package de.norderstedt.go.database;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secrets the server makes on first use and keeps in the database, so signatures stay
 * valid across restarts and instances (e.g. the key that signs accessibility profile
 * cards).
 */
@Component
public class ServerKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServerKeyRepository keys;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	ServerKeys(ServerKeyRepository keys) {
		this.keys = keys;
	}

	/** 256 random bits for the purpose (lower-case letters and '-'), made once. */
	@Transactional
	public byte[] secret(String purpose) {
		return material(purpose, () -> {
			byte[] candidate = new byte[32];
			RANDOM.nextBytes(candidate);
			return candidate;
		});
	}

	/**
	 * Key material for the purpose (lower-case letters and '-'), made once by
	 * {@code create} (at least 32 bytes, e.g. an encoded key pair). Two instances
	 * starting together end up with the same material.
	 */
	@Transactional
	public byte[] material(String purpose, Supplier<byte[]> create) {
		return this.cache.computeIfAbsent(purpose, p -> this.keys.getOrCreate(p, create.get())).clone();
	}

	/**
	 * A key pair for the purpose, made once by {@code create} and read back with the
	 * {@link KeyFactory} of {@code algorithm} (e.g. "EC", "Ed25519"). Stored as the
	 * length of the PKCS#8 private key, the private key, then the X.509 public key.
	 */
	@Transactional
	public KeyPair keyPair(String purpose, String algorithm, Supplier<KeyPair> create) {
		ByteBuffer buffer = ByteBuffer.wrap(material(purpose, () -> encode(create.get())));
		byte[] privateKey = new byte[buffer.getShort()];
		buffer.get(privateKey);
		byte[] publicKey = new byte[buffer.remaining()];
		buffer.get(publicKey);
		try {
			KeyFactory factory = KeyFactory.getInstance(algorithm);
			return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
					factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored key pair '" + purpose + "' cannot be read", ex);
		}
	}

	private static byte[] encode(KeyPair pair) {
		byte[] privateKey = pair.getPrivate().getEncoded();
		byte[] publicKey = pair.getPublic().getEncoded();
		return ByteBuffer.allocate(2 + privateKey.length + publicKey.length)
			.putShort((short) privateKey.length)
			.put(privateKey)
			.put(publicKey)
			.array();
	}

}
