package de.norderstedt.go.kiosk.agent;

import java.time.Clock;
import java.time.Instant;

import de.norderstedt.go.kiosk.agent.LockerAgent.ScanOutcome;
import de.norderstedt.go.kiosk.agent.LockerAgent.ScanResult;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import org.jspecify.annotations.Nullable;

/**
 * Opens for a signed code from the agent's own scanner while the portal is unreachable: a
 * code that this station's key verifies, that is valid now, not used before and names a
 * compartment of this station. Every code, opened for or refused, is journaled for the
 * portal.
 */
final class OfflineCodes {

	private static final System.Logger LOG = System.getLogger(LockerAgent.class.getName());

	private static final int MAX_CODE_TEXT = 200;

	private final AgentConfig config;

	private final LockerHardware hardware;

	private final AgentState state;

	private final Clock clock;

	OfflineCodes(AgentConfig config, LockerHardware hardware, AgentState state, Clock clock) {
		this.config = config;
		this.hardware = hardware;
		this.state = state;
		this.clock = clock;
	}

	/** Verifies a scanned code and, if it may open, opens its compartment. */
	ScanResult scan(String text) {
		Instant now = this.clock.instant();
		String recorded = (text.length() > MAX_CODE_TEXT) ? text.substring(0, MAX_CODE_TEXT) : text;
		AccessCodes.Verification verification = AccessCodes.verify(text, this.config.publicKey());
		String reason = switch (verification) {
			case AccessCodes.Verification.Malformed m -> "MALFORMED";
			case AccessCodes.Verification.BadSignature b -> "BAD_SIGNATURE";
			case AccessCodes.Verification.Valid valid -> refusal(valid.code(), now);
		};
		if (reason != null || !(verification instanceof AccessCodes.Verification.Valid(AccessCode code))) {
			reason = (reason != null) ? reason : "MALFORMED";
			LOG.log(System.Logger.Level.INFO, "Offline: refused a code ({0})", reason);
			this.state.journal(new AgentMessage.OfflineRefused(LockerAgent.newEventId(), recorded, reason, now));
			return new ScanResult(ScanOutcome.REFUSED, reason);
		}
		// remembered before the relay moves: a crash in between must not let the code
		// open twice
		this.state.markUsed(code.id(), code.validUntil(), now);
		this.hardware.pulse(code.compartment());
		LOG.log(System.Logger.Level.INFO, "Offline: opened compartment {0} for code {1}", code.compartment(),
				Long.toUnsignedString(code.id(), 16));
		this.state.journal(
				new AgentMessage.OfflineOpened(LockerAgent.newEventId(), code.id(), recorded, code.compartment(), now));
		return new ScanResult(ScanOutcome.OPENED, null);
	}

	private @Nullable String refusal(AccessCode code, Instant now) {
		if (code.stationId() != this.config.stationId()) {
			return "WRONG_STATION";
		}
		if (now.isBefore(code.validFrom())) {
			return "NOT_YET_VALID";
		}
		if (!now.isBefore(code.validUntil())) {
			return "EXPIRED";
		}
		if (this.state.isUsed(code.id())) {
			return "ALREADY_USED";
		}
		if (!this.hardware.compartments().contains(code.compartment())) {
			return "UNKNOWN_COMPARTMENT";
		}
		return null;
	}

}
