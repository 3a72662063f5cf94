package de.norderstedt.go.lockers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.devices.DeviceCommands;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The locker terminal's side: checks a shown or typed code against the station the
 * terminal belongs to, has the station's agent open the compartment, and follows its
 * door. Every call names the terminal (kiosk device) it comes from.
 * <p>
 * A code is used inside one transaction that holds its row lock until the agent reports
 * the relay pulse: two terminals showing one code open one door, and a code whose door
 * did not open stays unused.
 */
@Service
public class LockerTerminal {

	private static final Logger log = LoggerFactory.getLogger(LockerTerminal.class);

	/** How long after a return the terminal may still record the item's condition. */
	private static final Duration CONDITION_WINDOW = Duration.ofMinutes(15);

	private static final Duration WRONG_TRY_WINDOW = Duration.ofMinutes(1);

	/** The refusal that is not the code's fault: the agent did not answer. */
	private static final String OFFLINE = "lockers.terminal.refused.offline";

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final AccessCodeRepository codes;

	private final Handovers handovers;

	private final AccessCodeKeys keys;

	private final DeviceCommands commands;

	private final ApplicationEventPublisher events;

	private final LockerProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	/**
	 * Refused codes per terminal, counted in the database (shared by all instances), so
	 * that no instance lets a terminal guess more.
	 */
	private final RateLimits.Counter wrongTries;

	LockerTerminal(StationRepository stations, ReservationRepository reservations, AccessCodeRepository codes,
			Handovers handovers, AccessCodeKeys keys, DeviceCommands commands, ApplicationEventPublisher events,
			LockerProperties properties, Clock clock, PlatformTransactionManager transactions, RateLimits rateLimits) {
		this.wrongTries = rateLimits.counter("keypad", properties.wrongTries(), WRONG_TRY_WINDOW);
		this.stations = stations;
		this.reservations = reservations;
		this.codes = codes;
		this.handovers = handovers;
		this.keys = keys;
		this.commands = commands;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The station whose terminal the device is. */
	public Optional<Station> stationOf(long deviceId) {
		return this.transaction.execute(status -> this.stations.findByDevice(deviceId));
	}

	/**
	 * A code read from a QR code: checked (signature, station, time, not used, agent
	 * reachable), then the compartment opens. Refusals change nothing and move no relay.
	 */
	public TerminalOutcome present(long deviceId, String code) {
		Optional<Station> station = stationOf(deviceId);
		if (station.isEmpty()) {
			return new TerminalOutcome.Refused("lockers.terminal.refused.not-a-terminal");
		}
		if (tooManyWrongTries(deviceId)) {
			return new TerminalOutcome.Refused("lockers.terminal.refused.too-many");
		}
		return switch (AccessCodes.verify(code, this.keys.publicKeys())) {
			case AccessCodes.Verification.Malformed malformed ->
				wrong(deviceId, station.get(), null, new TerminalOutcome.Refused("lockers.terminal.refused.malformed"));
			case AccessCodes.Verification.BadSignature forged ->
				wrong(deviceId, station.get(), null, new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
			// signed with a key that is not (or no longer) accepted: not a valid code
			// here
			case AccessCodes.Verification.UnknownKey unknown ->
				wrong(deviceId, station.get(), null, new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
			case AccessCodes.Verification.Valid valid -> {
				AccessCode signed = valid.code();
				if (signed.stationId() != station.get().id()) {
					String other = this.stations.findById(signed.stationId()).map(Station::name).orElse("?");
					yield refused(station.get(), signed.id(), new TerminalOutcome.Refused(
							"lockers.terminal.refused.wrong-station", List.of(other, station.get().name())));
				}
				TerminalOutcome outcome = open(deviceId, station.get(), () -> this.codes.lock(signed.id()));
				// signed by us but unknown here (e.g. from another installation)
				yield outcome != null ? outcome : wrong(deviceId, station.get(), signed.id(),
						new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
			}
		};
	}

	/** The eight-digit code typed on the terminal's keypad, checked the same way. */
	public TerminalOutcome presentNumber(long deviceId, String digits) {
		Optional<Station> station = stationOf(deviceId);
		if (station.isEmpty()) {
			return new TerminalOutcome.Refused("lockers.terminal.refused.not-a-terminal");
		}
		if (tooManyWrongTries(deviceId)) {
			return new TerminalOutcome.Refused("lockers.terminal.refused.too-many");
		}
		String number = digits.replaceAll("[\\s-]", "");
		if (!number.matches("[0-9]{8}")) {
			return wrong(deviceId, station.get(), null,
					new TerminalOutcome.Refused("lockers.terminal.refused.unknown-number"));
		}
		TerminalOutcome outcome = open(deviceId, station.get(),
				() -> this.codes.lockByNumber(station.get().id(), number));
		return outcome != null ? outcome : wrong(deviceId, station.get(), null,
				new TerminalOutcome.Refused("lockers.terminal.refused.unknown-number"));
	}

	/** Whether the compartment's door is open, as its sensor last reported. */
	public boolean isDoorOpen(long deviceId, int compartment) {
		return Boolean.TRUE.equals(this.transaction.execute(status -> this.stations.findByDevice(deviceId)
			.flatMap(station -> this.stations.isDoorOpen(station.id(), compartment))
			.orElse(false)));
	}

	/** What the person said about the item they brought back. */
	public void reportCondition(long deviceId, long reservationId, ItemCondition condition) {
		this.transaction.executeWithoutResult(status -> {
			Station station = this.stations.findByDevice(deviceId)
				.orElseThrow(() -> new Refusal("lockers.terminal.refused.not-a-terminal"));
			Reservation reservation = this.reservations.lock(reservationId)
				.filter(r -> r.stationId() == station.id())
				.filter(r -> r.status() == ReservationStatus.RETURNED && r.returnedAt() != null
						&& r.returnedAt().plus(CONDITION_WINDOW).isAfter(this.clock.instant()))
				.orElseThrow(() -> new Refusal("lockers.error.unknown"));
			this.reservations.setReturnCondition(reservationId, condition);
			if (condition != ItemCondition.OK) {
				this.stations.setCondition(reservation.itemId(), condition);
				this.events.publishEvent(new LockerEvents.ItemReported(reservationId, reservation.itemId(), condition));
			}
		});
	}

	private interface CodeLookup {

		Optional<AccessCodeRepository.StoredCode> lock();

	}

	/** Null when the lookup finds no code. */
	private @Nullable TerminalOutcome open(long deviceId, Station station, CodeLookup lookup) {
		try {
			Attempt attempt = this.transaction.execute(status -> {
				Optional<AccessCodeRepository.StoredCode> found = lookup.lock();
				if (found.isEmpty()) {
					status.setRollbackOnly();
					return null;
				}
				AccessCodeRepository.StoredCode code = found.get();
				Instant now = this.clock.instant();
				Reservation reservation = this.reservations.lock(code.reservationId()).orElseThrow();
				Optional<TerminalOutcome.Refused> refusal = check(station, code, reservation, deviceId, now);
				if (refusal.isPresent()) {
					status.setRollbackOnly();
					return new Attempt(refusal.get(), code.id());
				}
				this.codes.use(code.id(), now, false);
				this.handovers.handOver(code.action(), reservation, now);
				Instant pulsed = pulse(deviceId, reservation.compartmentNumber(), code.code());
				this.stations.recordEvent(station.id(), reservation.compartmentNumber(), StationEventKind.OPENED, null,
						code.id(), code.action().name(), pulsed);
				return new Attempt(new TerminalOutcome.Opened(reservation.id(), reservation.compartmentNumber(),
						code.action(), reservation.type(), reservation.itemName(), reservation.end()), null);
			});
			if (attempt == null) {
				return null;
			}
			// a refusal is recorded after its transaction was rolled back
			return attempt.outcome() instanceof TerminalOutcome.Refused refused
					? refused(station, attempt.refusedCode(), refused) : attempt.outcome();
		}
		catch (AgentUnreachable ex) {
			String reason = ex.agentReason;
			if (reason == null) {
				return refused(station, null, new TerminalOutcome.Refused(OFFLINE));
			}
			// the agent checks the code itself: the portal and the agent disagree (e.g. a
			// code the agent opened for offline that the portal has not heard of yet)
			String key = switch (reason) {
				case "ALREADY_USED" -> "lockers.terminal.refused.used";
				case "REVOKED" -> "lockers.terminal.refused.cancelled";
				case "EXPIRED" -> "lockers.terminal.refused.expired";
				default -> "lockers.terminal.refused.agent";
			};
			TerminalOutcome.Refused refusal = new TerminalOutcome.Refused(key);
			countWrongTry(station);
			recordRefusal(station, null, "agent-" + reason);
			return refusal;
		}
	}

	private Optional<TerminalOutcome.Refused> check(Station station, AccessCodeRepository.StoredCode code,
			Reservation reservation, long deviceId, Instant now) {
		if (code.stationId() != station.id()) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.wrong-station",
					List.of(reservation.stationName(), station.name())));
		}
		if (code.revokedAt() != null || reservation.status() == ReservationStatus.CANCELLED) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.cancelled"));
		}
		if (code.usedAt() != null) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
		}
		ReservationStatus expected = code.action() == CodeAction.PICKUP ? ReservationStatus.RESERVED
				: ReservationStatus.PICKED_UP;
		if (reservation.status() != expected) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
		}
		if (now.isBefore(code.validFrom())) {
			// the screen says the day and time in its language
			var start = reservation.start().atZone(CityTime.ZONE);
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.not-yet",
					List.of(start.toLocalDate(), start.toLocalTime())));
		}
		if (!now.isBefore(code.validUntil())) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.expired"));
		}
		boolean maintenance = this.stations.compartment(station.id(), reservation.compartmentNumber())
			.map(c -> c.state() == CompartmentState.MAINTENANCE)
			.orElse(true);
		if (maintenance) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.maintenance"));
		}
		// from the database: the agent may be connected to another portal instance
		if (station.deviceId() == null || !this.commands.isReachable(station.deviceId())) {
			return Optional.of(new TerminalOutcome.Refused("lockers.terminal.refused.offline"));
		}
		return Optional.empty();
	}

	/**
	 * The agent pulses the relay, wherever it is connected; a command not sent within the
	 * open timeout is never sent.
	 */
	private Instant pulse(long deviceId, int compartment, String code) {
		return switch (this.commands.open(deviceId, compartment, code, this.properties.openTimeout())) {
			case DeviceCommands.Outcome.Pulsed pulsed -> pulsed.at();
			case DeviceCommands.Outcome.Refused refused -> throw new AgentUnreachable(refused.reason());
			case DeviceCommands.Outcome.NoAnswer none -> {
				log.warn("The agent of device {} did not open compartment {}", deviceId, compartment);
				throw new AgentUnreachable();
			}
		};
	}

	private TerminalOutcome wrong(long deviceId, Station station, @Nullable Long codeId,
			TerminalOutcome.Refused refused) {
		return refused(station, codeId, refused);
	}

	private boolean tooManyWrongTries(long deviceId) {
		return this.wrongTries.exhausted(Long.toString(deviceId));
	}

	/**
	 * Records a refusal and counts it against the terminal: every refused code (unknown,
	 * forged, used, expired, cancelled, of another station), not only malformed ones; a
	 * door that did not open because the agent is gone is not the code's fault.
	 */
	private TerminalOutcome refused(Station station, @Nullable Long codeId, TerminalOutcome.Refused refused) {
		if (!refused.messageKey().equals(OFFLINE)) {
			countWrongTry(station);
		}
		recordRefusal(station, codeId, refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1));
		return refused;
	}

	/** Every refused code counts against the keypad, used and expired ones too. */
	private void countWrongTry(Station station) {
		Long device = station.deviceId();
		if (device != null) {
			this.wrongTries.count(device.toString());
		}
	}

	private void recordRefusal(Station station, @Nullable Long codeId, String reason) {
		this.transaction.executeWithoutResult(status -> this.stations.recordEvent(station.id(), null,
				StationEventKind.REFUSED, null, codeId, reason, this.clock.instant()));
	}

	/**
	 * What a code did in its transaction; a refused one names the code for the record.
	 */
	private record Attempt(TerminalOutcome outcome, @Nullable Long refusedCode) {
	}

	/**
	 * Rolls the handover back: the door did not open (the agent was not reached, or it
	 * refused the code for the reason given).
	 */
	private static final class AgentUnreachable extends RuntimeException {

		final @Nullable String agentReason;

		AgentUnreachable() {
			this(null);
		}

		AgentUnreachable(@Nullable String agentReason) {
			super("agent unreachable or refusing", null, false, false);
			this.agentReason = agentReason;
		}

	}

}
