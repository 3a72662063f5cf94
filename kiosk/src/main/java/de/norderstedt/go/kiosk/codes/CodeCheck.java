package de.norderstedt.go.kiosk.codes;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The one check a locker agent makes before any relay moves, whether the code comes from
 * its own scanner (portal unreachable) or inside the portal's {@code OpenCompartment}
 * command: the signature (with the public key only), the station, the compartment, the
 * time window, and the agent's own memory of used and revoked codes. The connection to
 * the portal is not trusted: a command without a valid code opens nothing.
 */
public final class CodeCheck {

	private CodeCheck() {
	}

	/**
	 * Checks a code.
	 * @param text the signed code as scanned or as the portal sent it; null or blank when
	 * there was none
	 * @param keys the Ed25519 public keys, by key id, the codes may be signed with
	 * @param stationId the station the agent serves
	 * @param commanded the compartment a command names (it must be the code's), or null
	 * for a scanned code
	 * @param wired the compartments the agent has
	 * @param now the agent's time
	 * @param memory what the agent remembers
	 * @return the code to open for, or the reason not to
	 */
	public static Outcome check(@Nullable String text, CodeKeys keys, long stationId, @Nullable Integer commanded,
			Set<Integer> wired, Instant now, Memory memory) {
		if (text == null || text.isBlank()) {
			return new Outcome.Refused(Reason.NO_CODE);
		}
		return switch (AccessCodes.verify(text, keys)) {
			case AccessCodes.Verification.Malformed m -> new Outcome.Refused(Reason.MALFORMED);
			case AccessCodes.Verification.BadSignature b -> new Outcome.Refused(Reason.BAD_SIGNATURE);
			case AccessCodes.Verification.UnknownKey u -> new Outcome.Refused(Reason.UNKNOWN_KEY);
			case AccessCodes.Verification.Valid valid -> {
				Reason reason = refusal(valid.code(), stationId, commanded, wired, now, memory);
				yield (reason == null) ? new Outcome.Open(valid.code()) : new Outcome.Refused(reason);
			}
		};
	}

	private static @Nullable Reason refusal(AccessCode code, long stationId, @Nullable Integer commanded,
			Set<Integer> wired, Instant now, Memory memory) {
		if (code.stationId() != stationId) {
			return Reason.WRONG_STATION;
		}
		if (commanded != null && commanded != code.compartment()) {
			return Reason.WRONG_COMPARTMENT;
		}
		if (now.isBefore(code.validFrom())) {
			return Reason.NOT_YET_VALID;
		}
		if (!now.isBefore(code.validUntil())) {
			return Reason.EXPIRED;
		}
		if (memory.isRevoked(code.id())) {
			return Reason.REVOKED;
		}
		if (memory.isUsed(code.id())) {
			return Reason.ALREADY_USED;
		}
		if (!wired.contains(code.compartment())) {
			return Reason.UNKNOWN_COMPARTMENT;
		}
		return null;
	}

	/** Why a code opens nothing; the names travel in the agent's reports. */
	public enum Reason {

		/** A command without a code. */
		NO_CODE,

		/** Not a code of this format. */
		MALFORMED,

		/** The signature does not match: forged or altered. */
		BAD_SIGNATURE,

		/** Signed with a key this device does not know (yet, or any more). */
		UNKNOWN_KEY,

		/** A code of another station. */
		WRONG_STATION,

		/** The command names another compartment than the code. */
		WRONG_COMPARTMENT,

		/** Before the code's window. */
		NOT_YET_VALID,

		/** After the code's window. */
		EXPIRED,

		/** The portal said the code was cancelled. */
		REVOKED,

		/** The agent opened for this code before. */
		ALREADY_USED,

		/** The station has no such compartment. */
		UNKNOWN_COMPARTMENT

	}

	/** What the agent remembers about codes, kept across restarts. */
	public interface Memory {

		/**
		 * Whether the agent opened for the code before.
		 * @param codeId the code's id
		 * @return true if used
		 */
		boolean isUsed(long codeId);

		/**
		 * Whether the portal revoked the code.
		 * @param codeId the code's id
		 * @return true if revoked
		 */
		boolean isRevoked(long codeId);

	}

	/** The outcome of {@link CodeCheck#check}. */
	public sealed interface Outcome {

		/**
		 * The code may open its compartment now.
		 *
		 * @param code what the code grants
		 */
		record Open(AccessCode code) implements Outcome {
		}

		/**
		 * The code opens nothing.
		 *
		 * @param reason why
		 */
		record Refused(Reason reason) implements Outcome {
		}

	}

}
