package de.norderstedt.go.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.courses.GuestAddress;
import de.norderstedt.go.web.Codes;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in for e-mail: an address receives no notification until the person behind
 * it opened the confirmation link sent to it (the only e-mail that goes out before). A
 * new address starts over. Every notification e-mail carries a link that stops all e-mail
 * to its address at once. Links hold random tokens, never the address; of the
 * confirmation link only the SHA-256 is kept. The address a guest gives with a course
 * booking needs no link: it serves that booking's messages only, and goes with the
 * booking's data.
 */
@Service
public class EmailAddresses {

	/** The confirmation page; the token follows. */
	public static final String CONFIRM_PATH = "/e-mail/bestaetigen/";

	/** The unsubscribe page and one-click endpoint (RFC 8058); the token follows. */
	public static final String UNSUBSCRIBE_PATH = "/e-mail/abmelden/";

	/** How the notifications that carry a confirmation link are told apart. */
	static final String CONFIRMATION_SOURCE = "email-confirmation:";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");

	private static final int TOKEN_BYTES = 32;

	private final EmailConsentRepository consents;

	private final SettingsRepository settings;

	private final NotificationRepository notifications;

	private final DeliveryRepository deliveries;

	private final AccountService accounts;

	private final NotificationProperties.Confirmation properties;

	private final Clock clock;

	EmailAddresses(EmailConsentRepository consents, SettingsRepository settings, NotificationRepository notifications,
			DeliveryRepository deliveries, AccountService accounts, NotificationProperties properties, Clock clock) {
		this.consents = consents;
		this.settings = settings;
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.accounts = accounts;
		this.properties = properties.confirmation();
		this.clock = clock;
	}

	/** Where the signed-in person's address stands; empty without an address. */
	@Transactional
	public Optional<EmailStatus> myStatus() {
		long me = me();
		String email = emailOf(me);
		if (email == null) {
			return Optional.empty();
		}
		return Optional.of(status(email,
				this.consents.forAccount(me).filter(consent -> consent.email().equalsIgnoreCase(email)).orElse(null)));
	}

	private EmailStatus status(String email, EmailConsentRepository.@Nullable Consent consent) {
		if (consent == null) {
			return new EmailStatus(email, EmailStatus.State.NOT_CONFIRMED, null);
		}
		if (consent.confirmedAt() != null) {
			return new EmailStatus(email, EmailStatus.State.CONFIRMED, null);
		}
		if (consent.unsubscribedAt() != null) {
			return new EmailStatus(email, EmailStatus.State.UNSUBSCRIBED, null);
		}
		Instant expires = consent.tokenExpiresAt();
		if (expires == null || !expires.isAfter(this.clock.instant())) {
			return new EmailStatus(email, EmailStatus.State.NOT_CONFIRMED, null);
		}
		return new EmailStatus(email, EmailStatus.State.WAITING, consent.sentAt());
	}

	/**
	 * Sends the signed-in person a new confirmation link (the old one stops working).
	 * @throws Refusal when the address is confirmed already, or links were sent too often
	 */
	@Transactional
	public EmailStatus sendMyLinkAgain() {
		long me = me();
		String email = emailOf(me);
		if (email == null) {
			throw new Refusal("notifications.error.email-missing");
		}
		EmailConsentRepository.Consent consent = this.consents.forAccount(me)
			.filter(c -> c.email().equalsIgnoreCase(email))
			.orElse(null);
		Language language = language(me);
		if (consent == null) {
			start(me, null, email, language);
		}
		else {
			if (consent.confirmedAt() != null) {
				throw new Refusal("notifications.error.confirm-done");
			}
			resend(consent, language);
		}
		return myStatus().orElseThrow();
	}

	/**
	 * The account's address changed (or was given again): a new address starts over with
	 * a confirmation link; the same address keeps where it stands; no address ends it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void addressSaved(long accountId, @Nullable String email) {
		Optional<EmailConsentRepository.Consent> consent = this.consents.forAccount(accountId);
		if (email == null) {
			this.consents.deleteForAccount(accountId);
		}
		else if (consent.filter(c -> c.email().equalsIgnoreCase(email)).isEmpty()) {
			start(accountId, null, email, language(accountId));
		}
	}

	/**
	 * A person without an account left an address with their idea: it gets a confirmation
	 * link, once per idea (a handler that runs again sends nothing more).
	 */
	@Transactional
	void contactLeft(long ideaId, String email, Language language) {
		if (this.consents.forIdea(ideaId).isEmpty()) {
			start(null, ideaId, email, language);
		}
	}

	/**
	 * Whether the address a guest gave with her booking may receive the booking's
	 * messages. The first time, the address is taken on as given for them (the person
	 * booked and typed it for this purpose: no confirmation link), unless all e-mail to
	 * it was stopped before, which stays so; every message carries the link that stops
	 * all e-mail to it.
	 */
	@Transactional
	boolean guestMayReceive(GuestAddress guest) {
		return this.consents.bookingMayReceive(guest.bookingId()).orElseGet(() -> {
			boolean stopped = this.consents.stopped(guest.email());
			this.consents.startForBooking(guest.bookingId(), guest.email(), guest.language(), Codes.token(TOKEN_BYTES),
					stopped, this.clock.instant());
			// a handler on another thread may have been first: its row decides
			return this.consents.bookingMayReceive(guest.bookingId()).orElse(false);
		});
	}

	/** The name and contact of the bookings were deleted: their addresses go too. */
	@Transactional
	void bookingsForgotten(List<Long> bookingIds) {
		this.consents.deleteForBookings(bookingIds);
	}

	/** Whether the contact address of the idea may receive e-mail. */
	@Transactional(readOnly = true)
	boolean contactConfirmed(long ideaId) {
		return this.consents.ideaConfirmed(ideaId);
	}

	/**
	 * What the link would do: {@link ConfirmOutcome#OPEN} for one that confirms when the
	 * person asks for it.
	 */
	@Transactional
	public ConfirmOutcome check(String token) {
		return outcome(token, false);
	}

	/** Confirms the address the link was sent to; anybody with the link may. */
	@Transactional
	public ConfirmOutcome confirm(String token) {
		return outcome(token, true);
	}

	private ConfirmOutcome outcome(String token, boolean confirm) {
		if (!TOKEN.matcher(token).matches()) {
			return ConfirmOutcome.UNKNOWN;
		}
		return this.consents.byTokenHash(hash(token)).map(consent -> {
			if (consent.confirmedAt() != null) {
				return ConfirmOutcome.USED;
			}
			Instant expires = consent.tokenExpiresAt();
			Instant now = this.clock.instant();
			if (expires == null || !expires.isAfter(now)) {
				return ConfirmOutcome.EXPIRED;
			}
			if (!confirm) {
				return ConfirmOutcome.OPEN;
			}
			this.consents.confirm(consent.id(), now);
			return ConfirmOutcome.CONFIRMED;
		}).orElse(ConfirmOutcome.UNKNOWN);
	}

	/**
	 * Sends a new link to the address an expired link was sent to: a person without an
	 * account has no settings page to ask there.
	 * @throws Refusal when the link is not an expired one of ours, or links were sent too
	 * often
	 */
	@Transactional
	public void sendNewLink(String expiredToken) {
		EmailConsentRepository.Consent consent = TOKEN.matcher(expiredToken).matches()
				? this.consents.byTokenHash(hash(expiredToken)).orElse(null) : null;
		Instant expires = consent == null ? null : consent.tokenExpiresAt();
		if (consent == null || consent.confirmedAt() != null || expires == null
				|| expires.isAfter(this.clock.instant())) {
			throw new Refusal("email.confirm.unknown");
		}
		Long account = consent.accountId();
		resend(consent, account == null ? consent.language() : language(account));
	}

	/** Whether the unsubscribe link is one we sent. */
	@Transactional(readOnly = true)
	public boolean unsubscribeLinkKnown(String token) {
		return TOKEN.matcher(token).matches() && this.consents.addressOfUnsubscribeToken(token).isPresent();
	}

	/**
	 * Stops all e-mail to the address the unsubscribe link was made for, at once: what
	 * waits to be sent is not sent. Anybody with the link may; again changes nothing.
	 * @return false for a link we did not send
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return false;
		}
		return this.consents.addressOfUnsubscribeToken(token).map(email -> {
			this.consents.unsubscribe(email, this.clock.instant());
			return true;
		}).orElse(false);
	}

	private void start(@Nullable Long accountId, @Nullable Long ideaId, String email, Language language) {
		String token = Codes.token(TOKEN_BYTES);
		Instant now = this.clock.instant();
		long id = this.consents.start(accountId, ideaId, email, language, hash(token),
				now.plus(this.properties.validity()), Codes.token(TOKEN_BYTES), now);
		send(id, email, language, token, now);
	}

	private void resend(EmailConsentRepository.Consent consent, Language language) {
		Instant now = this.clock.instant();
		Instant sent = consent.sentAt();
		if (sent != null && sent.plus(this.properties.resendAfter()).isAfter(now)) {
			throw new Refusal("notifications.error.confirm-too-soon",
					Math.max(1, this.properties.resendAfter().toMinutes()));
		}
		Instant window = consent.windowStartedAt();
		int sends = consent.sendsInWindow();
		if (window == null || !window.plus(Duration.ofDays(1)).isAfter(now)) {
			window = now;
			sends = 0;
		}
		if (sends >= this.properties.maxPerDay()) {
			throw new Refusal("notifications.error.confirm-too-many", this.properties.maxPerDay());
		}
		String token = Codes.token(TOKEN_BYTES);
		this.consents.resend(consent.id(), hash(token), now.plus(this.properties.validity()), window, sends + 1,
				language, now);
		send(consent.id(), consent.email(), language, token, now);
	}

	/**
	 * The confirmation e-mail goes the way of every e-mail (retries, outbox), addressed
	 * to the address itself; the delivery loop lets it through unconfirmed.
	 */
	private void send(long consentId, String email, Language language, String token, Instant now) {
		Message message = MessageTexts.message("notifications.message.email-confirm.", CONFIRM_PATH + token,
				this.properties.validity().toHours());
		this.notifications
			.insertForContact(email, language, NotificationCategory.NEWS,
					CONFIRMATION_SOURCE + consentId + ":" + hash(token).substring(0, 16), message, now)
			.ifPresent(id -> this.deliveries.insert(List.of(new DeliveryRepository.NewDelivery(id, Channel.EMAIL, null,
					false, now, now.plus(this.properties.validity())))));
	}

	private @Nullable String emailOf(long accountId) {
		NotificationSettings stored = this.settings.find(accountId).orElse(null);
		return stored == null ? null : stored.email();
	}

	private Language language(long accountId) {
		return this.accounts.languages(List.of(accountId)).getOrDefault(accountId, Language.DE);
	}

	private long me() {
		@Nullable Long id = this.accounts.signedInAccountId().orElse(null);
		if (id == null) {
			throw new Refusal("notifications.error.sign-in");
		}
		return id;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
