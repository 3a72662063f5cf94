package de.norderstedt.go.accounts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The portal as a WebAuthn relying party: Spring Security's webauthn4j operations, made
 * once the port is known when no origins are configured. Every passkey is a discoverable
 * credential (sign-in without typing a name) and every use asks for the person's
 * fingerprint, face or PIN (user verification), so a passkey alone is two factors:
 * something one has and something one is or knows.
 */
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final PasskeyProperties properties;

	private volatile int port = -1;

	private volatile @Nullable Webauthn4JRelyingPartyOperations operations;

	PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			PasskeyProperties properties) {
		this.users = users;
		this.credentials = credentials;
		this.properties = properties;
	}

	@EventListener
	void on(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/** The origins passkeys are accepted from. */
	Set<String> allowedOrigins() {
		if (!this.properties.allowedOrigins().isEmpty()) {
			return this.properties.allowedOrigins();
		}
		Set<String> origins = new LinkedHashSet<>();
		origins.add("https://" + this.properties.rpId());
		if (this.port > 0) {
			origins.add("https://" + this.properties.rpId() + ":" + this.port);
			origins.add("http://" + this.properties.rpId() + ":" + this.port);
		}
		return origins;
	}

	private Webauthn4JRelyingPartyOperations operations() {
		Webauthn4JRelyingPartyOperations current = this.operations;
		if (current == null) {
			current = new Webauthn4JRelyingPartyOperations(this.users, this.credentials,
					PublicKeyCredentialRpEntity.builder()
						.id(this.properties.rpId())
						.name(this.properties.rpName())
						.build(),
					allowedOrigins());
			current.setCustomizeCreationOptions(
					options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
						.residentKey(ResidentKeyRequirement.REQUIRED)
						.userVerification(UserVerificationRequirement.REQUIRED)
						.build()));
			current
				.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
			if (this.port > 0 || !this.properties.allowedOrigins().isEmpty()) {
				this.operations = current;
			}
		}
		return current;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return operations().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return operations().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return operations().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return operations().authenticate(request);
	}

}
