package de.norderstedt.go.database;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server's keys, by purpose. With a key folder ({@code go.keys.directory}) or
 * {@code GO_KEY_*} environment variables they come from the files that
 * {@code bin/rotate-keys} writes, several per purpose during a rotation, and no private
 * key touches the database. Without them (the embedded default), the server makes each
 * key on first use and keeps it in the database, so signatures stay valid across restarts
 * and instances; such a key's id is derived from it.
 */
@Component
public class ServerKeys {

	private static final Logger log = LoggerFactory.getLogger(ServerKeys.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServerKeyRepository keys;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	/**
	 * The rings read from the database, once per purpose: a key stored there never
	 * changes, and reading one (a key factory, a digest) for every code or message signed
	 * cost a third of a push message's CPU.
	 */
	private final Map<String, KeyRing<?>> storedRings = new ConcurrentHashMap<>();

	private final @Nullable Path directory;

	private final Map<String, String> environment;

	private final Duration refresh;

	private volatile KeyFiles files;

	private volatile long readAt;

	private boolean externalDatabase;

	@Autowired
	ServerKeys(ServerKeyRepository keys, KeyProperties properties, Environment environment) {
		this(keys, properties, System.getenv());
		String url = environment.getProperty("spring.datasource.url");
		this.externalDatabase = url != null && !url.isBlank();
	}

	/** Keys in the database only. */
	ServerKeys(ServerKeyRepository keys) {
		this(keys, new KeyProperties(null, Duration.ofMinutes(1)), Map.of());
	}

	ServerKeys(ServerKeyRepository keys, KeyProperties properties, Map<String, String> environment) {
		this.keys = keys;
		this.directory = properties.directory();
		this.environment = Map.copyOf(environment);
		this.refresh = properties.refresh();
		// a configured folder that cannot be read stops the start, with the reason
		this.files = KeyFiles.read(this.directory, this.environment);
		this.readAt = System.nanoTime();
		if (!this.files.isEmpty()) {
			log.info("Keys come from {}", this.files.origin());
		}
	}

	/**
	 * Whether the keys come from files or the environment (and none is kept in the
	 * database).
	 */
	public boolean fromFiles() {
		return !files().isEmpty();
	}

	/**
	 * Reads the key files again now (a rotation step was taken). Otherwise they are read
	 * again every {@code go.keys.refresh}. Files that cannot be read keep the keys read
	 * last, with an error in the log.
	 */
	public void reload() {
		try {
			this.files = KeyFiles.read(this.directory, this.environment);
		}
		catch (RuntimeException ex) {
			log.error("The key files could not be read again; the keys read before stay in use", ex);
		}
		this.readAt = System.nanoTime();
	}

	private KeyFiles files() {
		if (System.nanoTime() - this.readAt > this.refresh.toNanos() && !this.files.isEmpty()) {
			reload();
		}
		return this.files;
	}

	/**
	 * The key pairs of a purpose: from the key files, or else the one pair kept in the
	 * database (made by {@code create} on first use; its id is derived from its public
	 * key, and it is also the legacy key).
	 * @throws IllegalStateException when key files are configured but hold no active key
	 * for the purpose, naming what to do
	 */
	public KeyRing<KeyPair> keyPairs(String purpose, String algorithm, Supplier<KeyPair> create) {
		KeyFiles current = files();
		if (!current.isEmpty()) {
			return current.pairs(purpose, algorithm);
		}
		@SuppressWarnings("unchecked")
		KeyRing<KeyPair> ring = (KeyRing<KeyPair>) this.storedRings.computeIfAbsent("pair " + purpose + " " + algorithm,
				key -> {
					KeyPair pair = keyPair(purpose, algorithm, create);
					String id = derivedId(pair.getPublic().getEncoded());
					return new KeyRing<>(id, Map.of(id, pair), id);
				});
		return ring;
	}

	/**
	 * The secrets of a purpose: from the key files, or else 256 random bits kept in the
	 * database (made on first use; its id is derived from it, and it is also the legacy
	 * secret).
	 */
	public KeyRing<byte[]> secrets(String purpose) {
		KeyFiles current = files();
		if (!current.isEmpty()) {
			return current.secrets(purpose);
		}
		@SuppressWarnings("unchecked")
		KeyRing<byte[]> ring = (KeyRing<byte[]>) this.storedRings.computeIfAbsent("secret " + purpose, key -> {
			byte[] secret = secret(purpose);
			byte[] marked = ByteBuffer.allocate(secret.length + 7)
				.put("key-id:".getBytes(StandardCharsets.US_ASCII))
				.put(secret)
				.array();
			String id = derivedId(marked);
			return new KeyRing<>(id, Map.of(id, secret), id);
		});
		return ring;
	}

	/**
	 * The id of a key the server made itself: the first 4 bytes of the SHA-256 of its
	 * encoding (for an Ed25519 public key the same id
	 * {@code de.norderstedt.go.kiosk.codes.AccessCodes#keyId} derives).
	 */
	static String derivedId(byte[] encoded) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded), 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks SHA-256", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAboutKeysLeftInTheDatabase() {
		if (!fromFiles() && this.externalDatabase) {
			log.warn("The private keys are kept in the database (table server_key): a dump or backup can forge "
					+ "locker codes and profile cards. Set go.keys.directory (README, 'Keys')");
		}
		List<String> left = leftInDatabase();
		if (!left.isEmpty()) {
			log.warn("The keys come from files, but the table server_key still holds private keys for {}: "
					+ "import the ones still needed (README, 'Keys'), then delete those rows", left);
		}
	}

	/**
	 * The purposes whose private keys the database still holds although the keys come
	 * from files: left over from before the move, to be exported and deleted.
	 */
	@Transactional(readOnly = true)
	public List<String> leftInDatabase() {
		return fromFiles() ? this.keys.purposes() : List.of();
	}

	/**
	 * 256 random bits for the purpose (lower-case letters and '-'), made once and kept in
	 * the database.
	 */
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

	/** How a pair is kept in {@code server_key}; read back by {@link #keyPair}. */
	static byte[] encode(KeyPair pair) {
		byte[] privateKey = pair.getPrivate().getEncoded();
		byte[] publicKey = pair.getPublic().getEncoded();
		return ByteBuffer.allocate(2 + privateKey.length + publicKey.length)
			.putShort((short) privateKey.length)
			.put(privateKey)
			.put(publicKey)
			.array();
	}

}
