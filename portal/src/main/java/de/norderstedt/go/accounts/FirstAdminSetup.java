package de.norderstedt.go.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin of a new installation. Nobody ships with a known password: while there
 * is no admin, every start prints a one-time link (valid for a day) where one person
 * chooses the first admin's name and password. Earlier links stop working when a new one
 * is printed and once the first admin exists. The demo data brings its own admin, so the
 * demo prints none.
 */
@Service
public class FirstAdminSetup {

	/** Where the link leads; the token follows. */
	public static final String PATH = "/einrichten/";

	private static final Duration VALID = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InvitationRepository invitations;

	private final AccountService accounts;

	private final PublicUrl urls;

	private final Clock clock;

	FirstAdminSetup(InvitationRepository invitations, AccountService accounts, PublicUrl urls, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.urls = urls;
		this.clock = clock;
	}

	/**
	 * After the start (and the demo data): a new link while there is no admin. The demo
	 * data's runners have finished by then.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void printLinkWhileNoAdmin() {
		newLink().ifPresent(token -> log.warn(
				"Norderstedt GO! has no admin yet. Create the first one at {} (works once, for {} hours).",
				this.urls.of(PATH + token), VALID.toHours()));
	}

	/** A new link when there is no admin yet (the token, to print), else nothing. */
	@Transactional
	public Optional<String> newLink() {
		this.invitations.lock();
		if (this.invitations.anyAdmin()) {
			return Optional.empty();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.invitations.replaceFirstAdminLink(hash(token), now, now.plus(VALID));
		return Optional.of(token);
	}

	/** Whether the link still works: unused, not expired, and there is no admin yet. */
	@Transactional(readOnly = true)
	public boolean isOpen(@Nullable String token) {
		return token != null && !this.invitations.anyAdmin()
				&& this.invitations.isOpenFirstAdminLink(hash(token), this.clock.instant());
	}

	/**
	 * Creates the first admin with the name and password the person chose, and uses the
	 * link up.
	 * @throws Refusal at the field ({@code username}, {@code displayName},
	 * {@code password}); without a field when the link no longer works
	 */
	@Transactional
	public Account createFirstAdmin(@Nullable String token, String username, String displayName, String password) {
		this.invitations.lock();
		if (token == null || this.invitations.anyAdmin()
				|| !this.invitations.isOpenFirstAdminLink(hash(token), this.clock.instant())) {
			throw new Refusal("accounts.setup.error.link");
		}
		Account admin = this.accounts.create(new NewAccount(username, displayName, password, Set.of(Role.ADMIN)));
		this.invitations.use(hash(token), this.clock.instant());
		log.info("The first admin was created through the setup link");
		return admin;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
