package de.norderstedt.go.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.signals.InstanceProperties;
import de.norderstedt.go.signals.Signals;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commands for locker agents that find their agent on whichever portal instance it is
 * connected to. The asking instance writes the command (with an expiry) and signals; the
 * instance holding the agent's connection claims it, sends it unless it has expired, and
 * writes the agent's answer back, with a signal for the one waiting. A command is never
 * sent after its expiry, so a door cannot open minutes late.
 */
@Service
public class DeviceCommands {

	/** What became of a command. */
	public sealed interface Outcome {

		/** The relay pulsed at this moment (as the agent reports it). */
		record Pulsed(Instant at) implements Outcome {
		}

		/**
		 * The agent checked the code and refused it; no relay moved.
		 *
		 * @param reason the agent's reason, a {@code CodeCheck.Reason} name
		 */
		record Refused(String reason) implements Outcome {
		}

		/** No agent took it in time (or its connection failed): nothing opened. */
		record NoAnswer() implements Outcome {
		}

	}

	/** A command whose connection failed before or while it was sent. */
	static final String NOT_DELIVERED = "NOT_DELIVERED";

	/** A command the agent did not answer in time. */
	static final String NO_ANSWER = "NO_ANSWER";

	private static final Logger log = LoggerFactory.getLogger(DeviceCommands.class);

	/** How long after its expiry a sent command may still be answered. */
	private static final Duration ANSWER_GRACE = Duration.ofSeconds(5);

	private final DeviceCommandRepository commands;

	private final AgentConnectionRepository connections;

	private final AgentGateway gateway;

	private final Signals signals;

	private final String instance;

	/**
	 * Transactions of their own: the caller may hold a row lock in its transaction while
	 * it waits, and the command must be seen by the other instances before that ends.
	 */
	private final TransactionTemplate own;

	private final TransactionTemplate read;

	/** Commands this instance waits for, woken by their result signal. */
	private final Map<UUID, Semaphore> waiting = new ConcurrentHashMap<>();

	DeviceCommands(DeviceCommandRepository commands, AgentConnectionRepository connections, AgentGateway gateway,
			Signals signals, InstanceProperties instance, PlatformTransactionManager transactions) {
		this.commands = commands;
		this.connections = connections;
		this.gateway = gateway;
		this.signals = signals;
		this.instance = instance.instanceId();
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
		signals.subscribe(Signals.DEVICE_COMMANDS, this::commandWaits, this::claimForAllConnected);
		signals.subscribe(Signals.DEVICE_COMMAND_RESULTS, this::resultCame, this::wakeAll);
	}

	/**
	 * Whether the device's agent is connected to some portal instance, as the database
	 * records it (the instance confirms it regularly; a record not confirmed counts as
	 * not connected).
	 */
	public boolean isReachable(long deviceId) {
		return Boolean.TRUE
			.equals(this.read.execute(status -> this.connections.isConnected(deviceId, AgentStatus.SILENCE)));
	}

	/**
	 * Has the device's agent pulse the compartment's relay for a signed access code, and
	 * waits for its answer at most {@code timeout}; the command is never sent later than
	 * that. The agent checks the code itself before the relay moves.
	 * @param code the signed access code (the QR code's text)
	 */
	public Outcome open(long deviceId, int compartment, String code, Duration timeout) {
		UUID id = UUID.randomUUID();
		Semaphore wake = new Semaphore(0);
		this.waiting.put(id, wake);
		try {
			this.own.executeWithoutResult(status -> {
				this.commands.insert(id, deviceId, compartment, code, timeout);
				this.signals.send(Signals.DEVICE_COMMANDS, Long.toString(deviceId));
			});
			// the agent is here: no need to wait for the signal
			claimAndSend(deviceId);
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				Optional<Outcome> outcome = outcome(id);
				if (outcome.isPresent()) {
					return outcome.get();
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				wake.tryAcquire(left, TimeUnit.NANOSECONDS);
			}
			// too late: what was not sent by now never will be
			this.own.executeWithoutResult(status -> this.commands.expireUnsent(id));
			return outcome(id).orElseGet(() -> {
				log.warn("The agent of device {} did not answer command {} in {}", deviceId, id, timeout);
				return new Outcome.NoAnswer();
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.own.executeWithoutResult(status -> this.commands.expireUnsent(id));
			return outcome(id).orElse(new Outcome.NoAnswer());
		}
		finally {
			this.waiting.remove(id);
		}
	}

	private Optional<Outcome> outcome(UUID id) {
		return Optional.ofNullable(this.own.execute(status -> this.commands.status(id)))
			.flatMap(found -> found)
			.flatMap(DeviceCommands::outcome);
	}

	private static Optional<Outcome> outcome(DeviceCommandRepository.Status status) {
		Instant pulsedAt = status.pulsedAt();
		String result = status.result();
		return switch (status.state()) {
			case DONE -> Optional.of(new Outcome.Pulsed(pulsedAt != null ? pulsedAt : Instant.now()));
			case FAILED -> Optional.of(result == null || result.equals(NOT_DELIVERED) || result.equals(NO_ANSWER)
					? new Outcome.NoAnswer() : new Outcome.Refused(result));
			case EXPIRED -> Optional.of(new Outcome.NoAnswer());
			case NEW, CLAIMED, SENT -> Optional.empty();
		};
	}

	private void commandWaits(String payload) {
		parseLong(payload).ifPresent(this::claimAndSend);
	}

	/** Signals may have been missed: every agent here looks for its commands. */
	private void claimForAllConnected() {
		this.gateway.connectedDevices().forEach(this::claimAndSend);
	}

	/** A new connection here: its agent's waiting commands go out now. */
	@EventListener
	void agentSaidHello(AgentReported report) {
		if (report.message() instanceof AgentMessage.Hello) {
			claimAndSend(report.deviceId());
		}
	}

	/**
	 * Claims and sends the device's waiting commands when its agent is connected to this
	 * instance.
	 */
	void claimAndSend(long deviceId) {
		if (!this.gateway.isConnected(deviceId)) {
			return;
		}
		var claimed = this.own.execute(status -> this.commands.claim(deviceId, this.instance));
		if (claimed == null) {
			return;
		}
		for (DeviceCommandRepository.Claimed command : claimed) {
			send(command);
		}
	}

	private void send(DeviceCommandRepository.Claimed command) {
		// checked again right before it goes out: a door never opens late
		boolean inTime = Boolean.TRUE
			.equals(this.own.execute(status -> this.commands.markSent(command.id(), this.instance)));
		if (!inTime) {
			if (Boolean.TRUE.equals(this.own.execute(status -> this.commands.expireUnsent(command.id())))) {
				this.own.executeWithoutResult(
						status -> this.signals.send(Signals.DEVICE_COMMAND_RESULTS, command.id().toString()));
			}
			resultCame(command.id().toString());
			return;
		}
		this.gateway.open(command.deviceId(), command.compartment(), command.code(), command.id().toString())
			.orTimeout(ANSWER_GRACE.toMillis(), TimeUnit.MILLISECONDS)
			.whenComplete((at, failure) -> answered(command, at, failure));
	}

	private void answered(DeviceCommandRepository.Claimed command, @Nullable Instant at, @Nullable Throwable failure) {
		CommandState state;
		@Nullable String result;
		Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
		if (cause == null) {
			state = CommandState.DONE;
			result = null;
		}
		else if (cause instanceof AgentRefused refused) {
			state = CommandState.FAILED;
			result = refused.reason();
		}
		else {
			state = CommandState.FAILED;
			result = cause instanceof TimeoutException ? NO_ANSWER : NOT_DELIVERED;
		}
		try {
			this.own.executeWithoutResult(status -> {
				if (this.commands.finish(command.id(), this.instance, state, cause == null ? at : null, result)) {
					this.signals.send(Signals.DEVICE_COMMAND_RESULTS, command.id().toString());
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the answer of the agent of device {} to command {}", command.deviceId(),
					command.id(), ex);
		}
		// waited for here: no need to wait for the signal
		resultCame(command.id().toString());
	}

	private void resultCame(String payload) {
		try {
			Semaphore wake = this.waiting.get(UUID.fromString(payload));
			if (wake != null) {
				wake.release();
			}
		}
		catch (IllegalArgumentException ex) {
			log.debug("Ignored a device command result signal that names no command");
		}
	}

	private void wakeAll() {
		this.waiting.values().forEach(Semaphore::release);
	}

	private static Optional<Long> parseLong(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
