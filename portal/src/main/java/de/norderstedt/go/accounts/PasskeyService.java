package de.norderstedt.go.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own passkeys: making one (the page hands the options to the browser, which
 * asks the authenticator, and the answer back here), the list, and removing one. Signing
 * in with one goes through Spring Security's WebAuthn endpoints; see
 * {@link PasskeySignIn} and {@link PasskeyRelyingParty}.
 */
@Service
public class PasskeyService {

	/** The longest name a person may give a passkey. */
	public static final int MAX_LABEL_LENGTH = 60;

	private final PasskeyRepository passkeys;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	PasskeyService(PasskeyRepository passkeys, AccountService accounts, ApplicationEventPublisher events, Clock clock,
			WebAuthnRelyingPartyOperations relyingParty) {
		this.relyingParty = relyingParty;
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The signed-in person's passkeys, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Passkey> mine() {
		return this.passkeys.findByAccount(me());
	}

	/**
	 * Starts a new passkey for the signed-in person: the options the browser hands to the
	 * authenticator (passkeys the person has already are excluded, so one device does not
	 * get two).
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public PasskeyRegistration startRegistration() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		PublicKeyCredentialCreationOptions options = this.relyingParty.createPublicKeyCredentialCreationOptions(
				new ImmutablePublicKeyCredentialCreationOptionsRequest(Objects.requireNonNull(authentication)));
		return new PasskeyRegistration(options, this.json.writeValueAsString(options));
	}

	/**
	 * Keeps the passkey the authenticator made for these options, under the person's own
	 * name for it (checked again). Refused in words when the answer does not hold (not
	 * for these options, from another address, unreadable).
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void finishRegistration(PasskeyRegistration registration, String credential, String label) {
		String name = checkLabel(label);
		long me = me();
		RelyingPartyPublicKey answer;
		try {
			answer = this.json.readValue(credential, RelyingPartyPublicKey.class);
		}
		catch (JacksonException ex) {
			throw new Refusal("accounts.passkeys.outcome.refused");
		}
		try {
			this.relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(registration.options(),
					new RelyingPartyPublicKey(answer.getCredential(), name)));
		}
		catch (RuntimeException ex) {
			throw new Refusal("accounts.passkeys.outcome.refused");
		}
		this.events
			.publishEvent(new AccountEvents.PasskeyChanged(UUID.randomUUID(), this.clock.instant(), me, me, true));
	}

	/**
	 * The name for a new passkey, checked before the browser asks the authenticator:
	 * refused at the field {@code label} when empty, too long or with invisible
	 * characters.
	 */
	public String checkLabel(@Nullable String label) {
		return Input.required("label", label, MAX_LABEL_LENGTH, "accounts.passkey.error.label-missing");
	}

	/** Removes one of the signed-in person's passkeys. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void remove(String passkeyId) {
		long me = me();
		if (!this.passkeys.delete(me, passkeyId)) {
			throw new Refusal("accounts.passkey.error.unknown");
		}
		this.events
			.publishEvent(new AccountEvents.PasskeyChanged(UUID.randomUUID(), this.clock.instant(), me, me, false));
	}

	private long me() {
		return this.accounts.signedInAccountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

}
