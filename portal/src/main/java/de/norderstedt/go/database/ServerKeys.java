package de.norderstedt.go.database;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
		return this.cache.computeIfAbsent(purpose, p -> {
			byte[] candidate = new byte[32];
			RANDOM.nextBytes(candidate);
			return this.keys.getOrCreate(p, candidate);
		}).clone();
	}

}
