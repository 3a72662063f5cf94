package de.norderstedt.go.kiosk.agent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.CodeCheck;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import de.norderstedt.go.kiosk.protocol.PortalMessage;

/**
 * Carries out what the portal says, trusting the signed codes rather than the connection:
 * a command to open moves the relay only for a code that passes {@link CodeCheck} (and
 * the code is remembered as used before the relay moves); revoked codes are remembered;
 * acknowledged events leave the journal. A message it cannot read or carry out is logged
 * and ignored.
 */
final class PortalCommands {

	private static final System.Logger LOG = System.getLogger(LockerAgent.class.getName());

	private final AgentConfig config;

	private final LockerHardware hardware;

	private final AgentState state;

	private final Clock clock;

	PortalCommands(AgentConfig config, LockerHardware hardware, AgentState state, Clock clock) {
		this.config = config;
		this.hardware = hardware;
		this.state = state;
		this.clock = clock;
	}

	/** Carries out a message of the portal; returns the answer to send, if any. */
	Optional<AgentMessage> handle(String text) {
		PortalMessage message;
		try {
			message = Messages.readPortal(text);
		}
		catch (IllegalArgumentException ex) {
			LOG.log(System.Logger.Level.WARNING, "Ignoring a message from the portal: {0}", ex.getMessage());
			return Optional.empty();
		}
		try {
			return switch (message) {
				case PortalMessage.OpenCompartment open -> open(open);
				case PortalMessage.Ack ack -> {
					this.state.acknowledge(ack.eventId());
					yield Optional.empty();
				}
				case PortalMessage.Revoke revoke -> {
					Map<Long, Instant> codes = new HashMap<>();
					revoke.codes()
						.forEach((code) -> codes.merge(code.codeId(), code.until(), (a, b) -> a.isAfter(b) ? a : b));
					if (this.state.revoke(codes, this.clock.instant())) {
						LOG.log(System.Logger.Level.INFO, "The portal revoked {0} code(s)", codes.size());
					}
					yield Optional.empty();
				}
			};
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "Cannot carry out " + message, ex);
			return Optional.empty();
		}
	}

	private Optional<AgentMessage> open(PortalMessage.OpenCompartment command) {
		Instant now = this.clock.instant();
		CodeCheck.Outcome outcome = CodeCheck.check(command.code(), this.config.publicKeys(), this.config.stationId(),
				command.compartment(), this.hardware.compartments(), now, this.state);
		if (!(outcome instanceof CodeCheck.Outcome.Open(AccessCode code))) {
			String reason = ((CodeCheck.Outcome.Refused) outcome).reason().name();
			LOG.log(System.Logger.Level.WARNING, "Refused the portal''s command to open compartment {0} ({1})",
					command.compartment(), reason);
			return Optional.of(new AgentMessage.OpenRefused(command.commandId(), command.compartment(), reason, now));
		}
		// remembered before the relay moves: neither a replayed command nor the same
		// code offline later opens again
		this.state.markUsed(code.id(), code.validUntil(), now);
		this.hardware.pulse(code.compartment());
		return Optional.of(new AgentMessage.Pulsed(command.commandId(), code.compartment(), now));
	}

}
