package de.norderstedt.go.kiosk.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import de.norderstedt.go.kiosk.protocol.PortalMessage;

/**
 * Carries out what the portal says: opens a compartment on command (remembering the code
 * it opened for, so that it cannot open again offline) and forgets journaled events the
 * portal acknowledged. A message it cannot read or carry out is logged and ignored.
 */
final class PortalCommands {

	private static final System.Logger LOG = System.getLogger(LockerAgent.class.getName());

	/**
	 * How long a code id received online is remembered: the command does not carry the
	 * code's validity, and a reservation's codes do not live longer than this.
	 */
	static final Duration ONLINE_CODE_MEMORY = Duration.ofDays(30);

	private final LockerHardware hardware;

	private final AgentState state;

	private final Clock clock;

	PortalCommands(LockerHardware hardware, AgentState state, Clock clock) {
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
			};
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "Cannot carry out " + message, ex);
			return Optional.empty();
		}
	}

	private Optional<AgentMessage> open(PortalMessage.OpenCompartment command) {
		if (!this.hardware.compartments().contains(command.compartment())) {
			LOG.log(System.Logger.Level.WARNING, "The portal asked for unknown compartment {0}", command.compartment());
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		if (command.codeId() != null) {
			this.state.markUsed(command.codeId(), now.plus(ONLINE_CODE_MEMORY), now);
		}
		this.hardware.pulse(command.compartment());
		return Optional.of(new AgentMessage.Pulsed(command.commandId(), command.compartment(), now));
	}

}
