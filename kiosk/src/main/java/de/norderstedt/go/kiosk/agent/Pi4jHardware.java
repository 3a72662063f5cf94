package de.norderstedt.go.kiosk.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfigBuilder;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import org.jspecify.annotations.Nullable;

/**
 * The locker hardware through Pi4J: the Raspberry Pi's GPIO via libgpiod, or Pi4J's mock
 * platform for the portal's simulated station and for tests.
 */
public final class Pi4jHardware implements LockerHardware {

	private static final System.Logger LOG = System.getLogger(Pi4jHardware.class.getName());

	private final Context pi4j;

	private final boolean mock;

	private final Duration pulse;

	private final Map<Integer, Compartment> compartments = new LinkedHashMap<>();

	private final List<BiConsumer<Integer, Boolean>> doorListeners = new CopyOnWriteArrayList<>();

	private final List<BiConsumer<Integer, Instant>> pulseListeners = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService relayTimer;

	private Pi4jHardware(Context pi4j, boolean mock, List<CompartmentWiring> wiring, Duration pulse) {
		this.pi4j = pi4j;
		this.mock = mock;
		this.pulse = pulse;
		this.relayTimer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "locker-relays");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (CompartmentWiring w : wiring) {
				if (this.compartments.containsKey(w.number())) {
					throw new IllegalArgumentException("Compartment " + w.number() + " is wired twice");
				}
				this.compartments.put(w.number(), wire(w));
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Creates the hardware on Pi4J's mock platform: nothing touches real pins. Doors
	 * start closed.
	 * @param wiring the compartments
	 * @param pulse how long a relay stays on
	 * @return the hardware
	 */
	public static Pi4jHardware mock(List<CompartmentWiring> wiring, Duration pulse) {
		Context context = Pi4J.newContextBuilder()
			.add(new MockPlatform())
			.add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
			.disableShutdownHook()
			.build();
		return new Pi4jHardware(context, true, wiring, pulse);
	}

	/**
	 * Creates the hardware on the Raspberry Pi's GPIO (Pi4J's gpiod plugin, found on the
	 * class path).
	 * @param wiring the compartments
	 * @param pulse how long a relay stays on
	 * @return the hardware
	 * @throws IllegalStateException if the gpiod plugin is missing
	 */
	public static Pi4jHardware board(List<CompartmentWiring> wiring, Duration pulse) {
		// auto-detection leaves the mock plugin out unless asked for it
		Context context = Pi4J.newContextBuilder().autoDetect().disableShutdownHook().build();
		if (!context.hasProvider("gpiod-digital-output") || !context.hasProvider("gpiod-digital-input")) {
			context.shutdown();
			throw new IllegalStateException(
					"Pi4J's gpiod plugin (com.pi4j:pi4j-plugin-gpiod) is not on the class path");
		}
		return new Pi4jHardware(context, false, wiring, pulse);
	}

	private Compartment wire(CompartmentWiring w) {
		String kind = this.mock ? "mock" : "gpiod";
		DigitalOutput relay = this.pi4j.create(DigitalOutput.newConfigBuilder(this.pi4j)
			.id("relay-" + w.number())
			.name("Compartment " + w.number() + " relay")
			.address(w.relayPin())
			.initial(DigitalState.LOW)
			.shutdown(DigitalState.LOW)
			.provider(kind + "-digital-output")
			.build());
		DigitalInputConfigBuilder door = DigitalInput.newConfigBuilder(this.pi4j)
			.id("door-" + w.number())
			.name("Compartment " + w.number() + " door")
			.address(w.doorPin())
			.provider(kind + "-digital-input");
		if (!this.mock) {
			// the usual reed switch wiring: the switch pulls against the internal
			// resistor while closed
			door.pull(w.openWhenHigh() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
				.debounce(20L, TimeUnit.MILLISECONDS);
		}
		DigitalInput sensor = this.pi4j.create(door.build());
		Compartment compartment = new Compartment(w, relay, sensor);
		if (this.mock) {
			((MockDigitalInput) sensor).mockState(stateFor(w, false));
		}
		sensor.addListener((event) -> {
			boolean open = (event.state() == DigitalState.HIGH) == w.openWhenHigh();
			for (BiConsumer<Integer, Boolean> listener : this.doorListeners) {
				try {
					listener.accept(w.number(), open);
				}
				catch (RuntimeException ex) {
					LOG.log(System.Logger.Level.WARNING, "A door listener failed", ex);
				}
			}
		});
		return compartment;
	}

	private static DigitalState stateFor(CompartmentWiring wiring, boolean open) {
		return (open == wiring.openWhenHigh()) ? DigitalState.HIGH : DigitalState.LOW;
	}

	@Override
	public void pulse(int compartment) {
		Compartment c = compartment(compartment);
		synchronized (c) {
			if (c.pendingOff != null) {
				c.pendingOff.cancel(false);
			}
			c.relay.high();
			Instant on = Instant.now();
			c.pendingOff = this.relayTimer.schedule(() -> relayOff(c), this.pulse.toMillis(), TimeUnit.MILLISECONDS);
			for (BiConsumer<Integer, Instant> listener : this.pulseListeners) {
				try {
					listener.accept(compartment, on);
				}
				catch (RuntimeException ex) {
					LOG.log(System.Logger.Level.WARNING, "A pulse listener failed", ex);
				}
			}
		}
		if (this.mock && !isOpen(compartment)) {
			// a real door springs open when its lock is released
			simulateDoor(compartment, true);
		}
	}

	private void relayOff(Compartment c) {
		synchronized (c) {
			c.relay.low();
			c.pendingOff = null;
		}
	}

	@Override
	public boolean isOpen(int compartment) {
		Compartment c = compartment(compartment);
		return (c.sensor.state() == DigitalState.HIGH) == c.wiring.openWhenHigh();
	}

	@Override
	public void onDoorChange(BiConsumer<Integer, Boolean> listener) {
		this.doorListeners.add(listener);
	}

	@Override
	public Set<Integer> compartments() {
		return Set.copyOf(this.compartments.keySet());
	}

	/**
	 * Opens or closes a simulated door, as a person would; the door listeners fire as on
	 * the real board.
	 * @param compartment the compartment number
	 * @param open whether the door is now open
	 * @throws IllegalStateException unless this is the mock platform
	 */
	public void simulateDoor(int compartment, boolean open) {
		if (!this.mock) {
			throw new IllegalStateException("Doors can only be simulated on the mock platform");
		}
		Compartment c = compartment(compartment);
		((MockDigitalInput) c.sensor).mockState(stateFor(c.wiring, open));
	}

	/**
	 * Adds a listener that is called after every relay pulse started.
	 * @param listener receives (compartment, instant the relay went on)
	 */
	public void onPulse(BiConsumer<Integer, Instant> listener) {
		this.pulseListeners.add(listener);
	}

	/**
	 * Whether this runs on the mock platform.
	 * @return true for the mock platform
	 */
	public boolean isMock() {
		return this.mock;
	}

	/** For tests that watch the relay output itself. */
	DigitalOutput relay(int compartment) {
		return compartment(compartment).relay;
	}

	private Compartment compartment(int number) {
		Compartment c = this.compartments.get(number);
		if (c == null) {
			throw new IllegalArgumentException("No compartment " + number);
		}
		return c;
	}

	@Override
	public void close() {
		this.relayTimer.shutdownNow();
		for (Compartment c : this.compartments.values()) {
			try {
				c.relay.low();
			}
			catch (RuntimeException ex) {
				LOG.log(System.Logger.Level.WARNING, "Cannot switch relay off on close", ex);
			}
		}
		try {
			this.pi4j.shutdown();
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "Pi4J did not shut down cleanly", ex);
		}
	}

	private static final class Compartment {

		final CompartmentWiring wiring;

		final DigitalOutput relay;

		final DigitalInput sensor;

		@Nullable ScheduledFuture<?> pendingOff;

		Compartment(CompartmentWiring wiring, DigitalOutput relay, DigitalInput sensor) {
			this.wiring = wiring;
			this.relay = relay;
			this.sensor = sensor;
		}

	}

}
