package de.norderstedt.go.devices;

import java.time.Instant;

/**
 * A one-time link that carries a kiosk task to a person's own phone.
 *
 * @param token the secret part of the link (only its hash is stored)
 * @param expiresAt when the link stops working
 */
public record Handoff(String token, Instant expiresAt) {

	/** The path of the link on the portal. */
	public String path() {
		return HandoffController.PATH + this.token;
	}

}
