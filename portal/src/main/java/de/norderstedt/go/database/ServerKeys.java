package de.norderstedt.go.database;

import java.security.SecureRandom;
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

}
