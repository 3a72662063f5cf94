package de.norderstedt.go.lockers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.kiosk.agent.AgentConfig;
import de.norderstedt.go.kiosk.agent.CompartmentWiring;
import de.norderstedt.go.kiosk.agent.LockerAgent;
import de.norderstedt.go.kiosk.agent.Pi4jHardware;
import de.norderstedt.go.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the agents of simulated stations inside the portal: the same agent code as on a
 * locker's Raspberry Pi, on Pi4J's mock platform, dialling into this portal's gateway
 * with its own credential. So the whole flow (scan, relay, door sensor) works on a laptop
 * and in tests, and staff can open and close the simulated doors. A door the relay
 * released closes by itself after {@code go.lockers.simulated-door-closes-after}, as the
 * person at a real station would close it ({@link SimulatedDoors}).
 */
@Component
class SimulatedStations implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatedStations.class);

	/** A running simulated agent with its board. */
	record Running(LockerAgent agent, Pi4jHardware hardware, SimulatedDoors doors, Path stateDir,
			List<Integer> compartments) {
	}

	private final StationRepository stations;

	private final DeviceService devices;

	private final AccessCodeKeys keys;

	private final LockerProperties properties;

	private final Clock clock;

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	/** Closes the doors that closed by themselves, of every simulated station. */
	private final ScheduledExecutorService doorTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("simulated-doors").factory());

	private volatile int port = -1;

	private volatile String contextPath = "";

	SimulatedStations(StationRepository stations, DeviceService devices, AccessCodeKeys keys,
			LockerProperties properties, Clock clock) {
		this.clock = clock;
		this.stations = stations;
		this.devices = devices;
		this.keys = keys;
		this.properties = properties;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
		this.contextPath = event.getApplicationContext()
			.getEnvironment()
			.getProperty("server.servlet.context-path", "");
	}

	@EventListener
	void applicationReady(ApplicationReadyEvent event) {
		if (this.properties.simulatedStations()) {
			for (Station station : this.stations.findSimulated()) {
				ensureRunning(station.id());
			}
		}
	}

	/**
	 * Starts the station's simulated agent, or restarts it when its compartments changed;
	 * stops it when the station is no longer simulated.
	 */
	synchronized void ensureRunning(long stationId) {
		Long deviceId = this.stations.findById(stationId)
			.filter(Station::simulated)
			.map(Station::deviceId)
			.orElse(null);
		List<Integer> numbers = deviceId == null ? List.of()
				: this.stations.compartments(stationId).stream().map(Compartment::number).toList();
		Running current = this.running.get(stationId);
		if (current != null && (numbers.isEmpty() || !current.compartments().equals(numbers))) {
			stop(stationId);
			current = null;
		}
		if (current != null || deviceId == null || numbers.isEmpty() || this.port < 0
				|| !this.properties.simulatedStations()) {
			return;
		}
		List<CompartmentWiring> wiring = numbers.stream()
			.map(n -> new CompartmentWiring(n, 2 * n, 2 * n + 1, true))
			.toList();
		Duration pulse = Duration.ofMillis(300);
		Path stateDir;
		try {
			stateDir = Files.createTempDirectory("go-locker-agent-" + stationId + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String credential = this.devices.agentCredentialForInProcessAgent(deviceId);
		AgentConfig config = new AgentConfig(URI.create("http://127.0.0.1:" + this.port + this.contextPath + "/"),
				credential, stationId, this.keys.publicKeys(), wiring, pulse, Duration.ofSeconds(20),
				Duration.ofMillis(500), Duration.ofSeconds(10), stateDir, true);
		Pi4jHardware hardware = Pi4jHardware.mock(wiring, pulse);
		SimulatedDoors doors = new SimulatedDoors(hardware, this.doorTimer, this.properties.simulatedDoorClosesAfter());
		// the portal's clock: the agent checks the codes' windows as the portal does
		LockerAgent agent = new LockerAgent(config, hardware, this.clock);
		this.running.put(stationId, new Running(agent, hardware, doors, stateDir, numbers));
		agent.start();
		log.info("Simulated locker station {} runs its agent in-process ({} compartments)", stationId, numbers.size());
	}

	/** The running simulated agent of the station. */
	Optional<Running> running(long stationId) {
		return Optional.ofNullable(this.running.get(stationId));
	}

	/** Opens or closes a simulated door, as a person would. */
	void simulateDoor(long stationId, int compartment, boolean open) {
		Running station = this.running.get(stationId);
		if (station == null) {
			throw new Refusal("lockers.error.not-simulated");
		}
		if (!station.compartments().contains(compartment)) {
			throw new Refusal("lockers.error.unknown-compartment");
		}
		station.doors().move(compartment, open);
	}

	/**
	 * Calls the listener after every relay pulse of the station (compartment, instant).
	 */
	void onPulse(long stationId, BiConsumer<Integer, Instant> listener) {
		running(stationId).orElseThrow().hardware().onPulse(listener);
	}

	synchronized void stop(long stationId) {
		Running station = this.running.remove(stationId);
		if (station != null) {
			station.doors().stop();
			station.agent().close();
			try {
				station.hardware().close();
			}
			catch (Exception ex) {
				log.debug("Closing a simulated board failed", ex);
			}
			deleteQuietly(station.stateDir());
		}
	}

	@Override
	public void destroy() {
		for (Long stationId : List.copyOf(this.running.keySet())) {
			stop(stationId);
		}
		this.doorTimer.shutdownNow();
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", dir, ex);
		}
	}

}
