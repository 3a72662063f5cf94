package de.norderstedt.go.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose pages a browser keeps: the signed-in person's owner key, a random text made on
 * first use. The browser keeps copies of her pages with this key and deletes them before
 * it keeps pages of another key (another person signed in on the same browser).
 */
@Service
public class AppService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountService accounts;

	private final AppOwnerRepository owners;

	private final Clock clock;

	AppService(AccountService accounts, AppOwnerRepository owners, Clock clock) {
		this.accounts = accounts;
		this.owners = owners;
		this.clock = clock;
	}

	/**
	 * The owner key of the person signed in to the current request; empty for anonymous
	 * visitors and for a sign-in that still waits for its second factor.
	 */
	@Transactional
	public Optional<String> ownerKey() {
		if (this.accounts.secondFactorMissing()) {
			return Optional.empty();
		}
		return this.accounts.signedInAccountId().map(this::ownerKey);
	}

	private String ownerKey(long accountId) {
		return this.owners.find(accountId).orElseGet(() -> {
			this.owners.insertIfAbsent(accountId, newKey(), this.clock.instant());
			return this.owners.find(accountId).orElseThrow();
		});
	}

	/** 128 random bits, URL-safe base64 without padding (22 characters). */
	static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
