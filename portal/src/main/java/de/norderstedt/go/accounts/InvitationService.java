package de.norderstedt.go.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts an admin creates: no admin ever chooses or knows the password. The account is
 * made with a password nobody knows and an invitation link (single use, valid
 * {@code go.accounts.invitation-validity}) through which the person chooses her own; an
 * admin can make a new link, which ends the older ones.
 */
@Service
public class InvitationService {

	/** Where the link leads; the token follows. */
	public static final String PATH = "/einladung/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountService accounts;

	private final AccountRepository accountRows;

	private final InvitationRepository invitations;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final PublicUrl urls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationService(AccountService accounts, AccountRepository accountRows, InvitationRepository invitations,
			PasswordEncoder passwordEncoder, AccountsProperties properties, PublicUrl urls,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.accountRows = accountRows;
		this.invitations = invitations;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.urls = urls;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the account and its first link.
	 * @throws Refusal at {@code username}, {@code displayName} or {@code roles}
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Invitation invite(NewInvitation request) {
		Account account = this.accounts
			.create(new NewAccount(request.username(), request.displayName(), token(), request.roles()));
		return link(account);
	}

	/** A new link for an account; the older ones stop working. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Invitation renew(long accountId) {
		Account account = this.accounts.account(accountId).orElseThrow(() -> new Refusal("accounts.error.unknown"));
		return link(account);
	}

	/** Until when the account's newest link works, for admins. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<Instant> openUntil(long accountId) {
		return this.invitations.openLinkUntil(accountId, this.clock.instant());
	}

	/** The account a link that still works is for; nothing for any other token. */
	@Transactional(readOnly = true)
	public Optional<Account> invited(@Nullable String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.openAccountLink(FirstAdminSetup.hash(token), this.clock.instant())
			.flatMap(this.accountRows::findById)
			.map(AccountRepository.StoredAccount::account);
	}

	/**
	 * The person chooses her password; the link then works no more.
	 * @throws Refusal at {@code password} (too short, too long, too common) or
	 * {@code repeat} (not the same); without a field when the link no longer works
	 */
	@Transactional
	public Account accept(@Nullable String token, String password, String repeat) {
		Account account = invited(token).orElseThrow(() -> new Refusal("accounts.invitation.error.link"));
		this.accounts.checkNewPassword("password", password);
		if (!password.equals(repeat)) {
			throw Refusal.at("repeat", "accounts.setup.error.repeat");
		}
		Instant now = this.clock.instant();
		long accountId = this.invitations.useAccountLink(FirstAdminSetup.hash(Objects.requireNonNull(token)), now)
			.orElseThrow(() -> new Refusal("accounts.invitation.error.link"));
		this.accountRows.updatePasswordHash(accountId, Objects.requireNonNull(this.passwordEncoder.encode(password)));
		this.events.publishEvent(new AccountEvents.PasswordChanged(UUID.randomUUID(), now, accountId, accountId));
		return account;
	}

	/**
	 * Forgets links a day after they were used or ran out (several instances: harmless).
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT4M")
	@Transactional
	public void deleteClosedLinks() {
		this.invitations.deleteClosedBefore(this.clock.instant().minus(Duration.ofDays(1)));
	}

	private Invitation link(Account account) {
		String token = token();
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.properties.invitationValidity());
		this.invitations.replaceAccountLink(account.id(), FirstAdminSetup.hash(token), now, expires);
		return new Invitation(account, this.urls.of(PATH + token), expires);
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
