package de.norderstedt.go.kiosk.agent;

import java.time.Clock;
import java.time.Instant;

import de.norderstedt.go.kiosk.agent.LockerAgent.ScanOutcome;
import de.norderstedt.go.kiosk.agent.LockerAgent.ScanResult;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.CodeCheck;
import de.norderstedt.go.kiosk.protocol.AgentMessage;

/**
 * Opens for a signed code from the agent's own scanner while the portal is unreachable: a
 * code that passes {@link CodeCheck} (this station's key, valid now, not used or revoked
 * before, a compartment of this station). Every code, opened for or refused, is journaled
 * for the portal.
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
		CodeCheck.Outcome outcome = CodeCheck.check(text, this.config.publicKeys(), this.config.stationId(), null,
				this.hardware.compartments(), now, this.state);
		if (!(outcome instanceof CodeCheck.Outcome.Open(AccessCode code))) {
			String reason = ((CodeCheck.Outcome.Refused) outcome).reason().name();
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

}
