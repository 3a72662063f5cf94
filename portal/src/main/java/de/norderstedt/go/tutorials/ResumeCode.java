package de.norderstedt.go.tutorials;

import java.time.Instant;

/**
 * A short code to continue a tutorial on another device, without an account.
 *
 * @param code six characters without the easily confused 0, O, 1, I and L
 * @param tutorial the tutorial's slug
 * @param step the id of the step to continue at
 * @param expiresAt when the code stops working
 */
public record ResumeCode(String code, String tutorial, String step, Instant expiresAt) {

	/** "K7M 3PQ": the code in two groups, as shown and typed. */
	public String grouped() {
		return this.code.substring(0, 3) + " " + this.code.substring(3);
	}

}
