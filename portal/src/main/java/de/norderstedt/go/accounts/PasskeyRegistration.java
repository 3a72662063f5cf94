package de.norderstedt.go.accounts;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;

/**
 * A passkey being made: the options (with the challenge) stay on the server with the
 * page; the browser gets them as JSON and answers with the new credential.
 */
public final class PasskeyRegistration {

	private final PublicKeyCredentialCreationOptions options;

	private final String json;

	PasskeyRegistration(PublicKeyCredentialCreationOptions options, String json) {
		this.options = options;
		this.json = json;
	}

	PublicKeyCredentialCreationOptions options() {
		return this.options;
	}

	/** The options for the browser's {@code navigator.credentials.create}. */
	public String json() {
		return this.json;
	}

}
