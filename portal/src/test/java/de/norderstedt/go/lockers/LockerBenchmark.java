package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.LOCKER_EVENT;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.qr.QrCodes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code bin/bench-lockers}: scan-to-open latency with the real standalone locker agent
 * ({@code kiosk/target/locker-agent.jar} as a child process, Pi4J's mock platform, the
 * JVM options of {@code kiosk/agent.jvm-options}), and the agent's resident memory. Not
 * part of the test suite (the name does not end in Test): a benchmark prints figures, it
 * asserts nothing.
 * <p>
 * One scan: a camera-like frame (640×480 JPEG, the QR code in part of it) is decoded with
 * {@link QrCodes#read(byte[])} and presented to {@link LockerTerminal#present}; the
 * latency runs from just before the decode to the instant the agent reports the relay
 * going on (the {@code OPENED} event's {@code occurred_at}). Portal and agent run on the
 * same machine, so both instants come from the same wall clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockerBenchmark {

	private static final int COMPARTMENTS = 200;

	private static final int WARM_UP = 20;

	private static final Path KIOSK = Path.of("..", "kiosk").toAbsolutePath().normalize();

	/** The agent's JVM options: the one place the README and this benchmark share. */
	private static final Path JVM_OPTIONS = KIOSK.resolve("agent.jvm-options");

	private static final Path AGENT_JAR = KIOSK.resolve("target/locker-agent.jar");

	/** The agent's working folder (its shared class archive) and its state. */
	private static final Path WORK = Path.of("target", "bench-lockers").toAbsolutePath();

	@LocalServerPort
	int port;

	@Autowired
	LockerTerminal terminal;

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestDevices devices;

	@Autowired
	DeviceService deviceService;

	@Autowired
	StationRepository stations;

	@Autowired
	AccessCodeKeys keys;

	@Autowired
	AgentGateway gateway;

	@Autowired
	DSLContext dsl;

	@Test
	void scan_to_open_latency_and_agent_memory() throws Exception {
		TestDevices.Terminal device = this.devices.enrolledLockerTerminal("Terminal Benchmark");
		// not simulated: the portal starts no agent of its own for this station
		long stationId = this.stations.insert(new NewStation("Benchmark", "Testpark Benchmark", LocalTime.MIDNIGHT,
				LocalTime.of(23, 59), device.id(), false));
		for (int n = 1; n <= COMPARTMENTS; n++) {
			long compartment = this.stations.insertCompartment(stationId,
					new NewCompartment(n, 70, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			this.stations
				.insertItem(new NewItem(compartment, ItemType.ROLLATOR, "Rollator " + n, ItemCondition.OK, null));
		}
		Files.createDirectories(WORK);
		Path config = writeConfig(stationId, this.deviceService.agentCredentialForInProcessAgent(device.id()));
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"@" + JVM_OPTIONS, "-jar", AGENT_JAR.toString(), config.toString());

		// The shared class archive is written when an agent ends: the first start on a Pi
		// makes it, every later start uses it. Measure such a later start.
		// (an archive older than the jar or the options no longer fits: the JVM would
		// ignore it and write a new one at the end)
		Path archive = WORK.resolve("agent.jsa");
		boolean archived = Files.exists(archive)
				&& Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(AGENT_JAR)) > 0
				&& Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JVM_OPTIONS)) > 0;
		if (!archived) {
			Files.deleteIfExists(archive);
		}
		if (!archived) {
			Process first = start(command, "agent-first-start.log");
			awaitConnected(device.id(), true);
			stop(first);
			awaitConnected(device.id(), false);
		}
		Instant launched = Instant.now();
		Process agent = start(command, "agent.log");
		String result;
		try {
			awaitConnected(device.id(), true);
			Duration connectAfter = Duration.between(launched, Instant.now());

			// warm-up: pickups and returns on some compartments, which are then free
			// again
			List<Long> warmUp = new ArrayList<>();
			for (int i = 1; i <= WARM_UP; i++) {
				String person = "bench-warm-" + i;
				Reservation reservation = this.testLockers.reserveNow(person, stationId, ItemType.ROLLATOR);
				warmUp.add(scan(device.id(), stationId, reservation, this.testLockers.pass(person, reservation.id())));
				warmUp.add(scan(device.id(), stationId, reservation, this.testLockers.pass(person, reservation.id())));
			}

			// one reservation per compartment, each by another resident
			List<Reservation> reservations = new ArrayList<>();
			List<byte[]> frames = new ArrayList<>();
			for (int i = 1; i <= COMPARTMENTS; i++) {
				String person = "bench-" + i;
				Reservation reservation = this.testLockers.reserveNow(person, stationId, ItemType.ROLLATOR);
				reservations.add(reservation);
				frames.add(frame(this.testLockers.pass(person, reservation.id()).qrText(), i));
			}
			List<Long> latencies = new ArrayList<>();
			List<Long> decodes = new ArrayList<>();
			List<Long> answers = new ArrayList<>();
			for (int i = 0; i < COMPARTMENTS; i++) {
				Reservation reservation = reservations.get(i);
				long t0Nanos = System.nanoTime();
				Instant t0 = Instant.now();
				String text = QrCodes.read(frames.get(i))
					.orElseThrow(() -> new IllegalStateException("frame not readable: " + reservation.id()));
				long decoded = System.nanoTime();
				TerminalOutcome outcome = this.terminal.present(device.id(), text);
				long answered = System.nanoTime();
				if (!(outcome instanceof TerminalOutcome.Opened)) {
					throw new IllegalStateException("reservation " + reservation.id() + ": " + outcome);
				}
				latencies.add(Duration.between(t0, pulsed(stationId, reservation.compartmentNumber())).toNanos());
				decodes.add(decoded - t0Nanos);
				answers.add(answered - t0Nanos);
			}
			Status memory = Status.of(agent.pid());
			result = String
				.format("Lockers: scan-to-open with the standalone agent (%s, mock platform, %d compartments)%n"
						+ "  %d measured scans (after %d warm-up scans: first %.1f ms, median %.1f ms); agent connected %.1f s after launch%n"
						+ "  frame posted -> relay on (OPENED occurred_at): p50 %.1f ms, p95 %.1f ms (goal <= 300), p99 %.1f ms, max %.1f ms%n"
						+ "    of which QR decode (640x480 JPEG): p50 %.1f ms, p95 %.1f ms%n"
						+ "  frame posted -> terminal answered Opened: p50 %.1f ms, p95 %.1f ms%n"
						+ "  (start and pulse instants both from this machine's wall clock: portal and agent run on it)%n"
						+ "  agent memory after the run (/proc/%d/status): VmRSS %.1f MB (goal <= 64), VmHWM (peak) %.1f MB;"
						+ " RssAnon %.1f MB, RssFile %.1f MB, %d threads%n" + "  agent JVM options (%s): %s%n",
						AGENT_JAR.getFileName(), COMPARTMENTS, COMPARTMENTS, warmUp.size(), warmUp.get(0) / 1e6,
						median(warmUp), connectAfter.toMillis() / 1e3, ms(latencies, 0.50), ms(latencies, 0.95),
						ms(latencies, 0.99), ms(latencies, 1.0), ms(decodes, 0.50), ms(decodes, 0.95),
						ms(answers, 0.50), ms(answers, 0.95), agent.pid(), memory.mb("VmRSS"), memory.mb("VmHWM"),
						memory.mb("RssAnon"), memory.mb("RssFile"), memory.number("Threads"),
						Objects.requireNonNull(KIOSK.getParent()).relativize(JVM_OPTIONS),
						jvmOptions() + (archived ? "" : " (shared archive made by a first start just before)"));
		}
		finally {
			stop(agent);
		}
		System.out.println(result);
		try {
			Files.writeString(Path.of("target", "bench-lockers.txt"), result);
		}
		catch (IOException ex) {
			// printed above already
		}
	}

	/** One scan outside the measured run; returns frame-to-pulse nanoseconds. */
	private long scan(long deviceId, long stationId, Reservation reservation, AccessPass pass) {
		byte[] frame = frame(pass.qrText(), (int) reservation.id());
		Instant t0 = Instant.now();
		String text = QrCodes.read(frame).orElseThrow();
		TerminalOutcome outcome = this.terminal.present(deviceId, text);
		if (!(outcome instanceof TerminalOutcome.Opened)) {
			throw new IllegalStateException("warm-up reservation " + reservation.id() + ": " + outcome);
		}
		return Duration.between(t0, pulsed(stationId, reservation.compartmentNumber())).toNanos();
	}

	/** When the agent reported the compartment's latest relay pulse. */
	private Instant pulsed(long stationId, int compartment) {
		return Objects.requireNonNull(this.dsl.select(LOCKER_EVENT.OCCURRED_AT)
			.from(LOCKER_EVENT)
			.where(LOCKER_EVENT.STATION_ID.eq(stationId))
			.and(LOCKER_EVENT.COMPARTMENT.eq(compartment))
			.and(LOCKER_EVENT.KIND.eq(StationEventKind.OPENED))
			.orderBy(LOCKER_EVENT.ID.desc())
			.limit(1)
			.fetchSingle(LOCKER_EVENT.OCCURRED_AT));
	}

	/**
	 * A camera-like frame: 640×480 JPEG, grey background, the code (5 px a module) placed
	 * a little differently each time.
	 */
	private static byte[] frame(String text, int seed) {
		BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setColor(new Color(0x90, 0x90, 0x90));
		g.fillRect(0, 0, 640, 480);
		// whole pixels per module: a rescaled code plus JPEG blur sometimes defeated
		// ZXing
		BufferedImage code = QrCodes.image(text, 5);
		g.drawImage(code, 20 + Math.floorMod(seed * 37, Math.max(1, 600 - code.getWidth())),
				10 + Math.floorMod(seed * 17, Math.max(1, 460 - code.getHeight())), null);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		try {
			ImageIO.write(frame, "jpg", jpeg);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return jpeg.toByteArray();
	}

	private Path writeConfig(long stationId, String credential) throws IOException {
		StringBuilder properties = new StringBuilder();
		properties.append("portal=http://127.0.0.1:").append(this.port).append("/\n");
		properties.append("credential=").append(credential).append('\n');
		properties.append("stationId=").append(stationId).append('\n');
		this.keys.publicKeys()
			.byId()
			.forEach((id, key) -> properties.append("publicKey.")
				.append(id)
				.append('=')
				.append(Base64.getEncoder().encodeToString(key.getEncoded()))
				.append('\n'));
		for (int n = 1; n <= COMPARTMENTS; n++) {
			properties.append("compartment.").append(n).append(".relayPin=").append(2 * n).append('\n');
			properties.append("compartment.").append(n).append(".doorPin=").append(2 * n + 1).append('\n');
		}
		properties.append("pulse=300ms\nminBackoff=200ms\nmaxBackoff=1s\nstateDir=state\nmock=true\n");
		Path file = WORK.resolve("agent.properties");
		Files.writeString(file, properties, StandardCharsets.UTF_8);
		return file;
	}

	private static Process start(List<String> command, String log) throws IOException {
		return new ProcessBuilder(command).directory(WORK.toFile())
			.redirectErrorStream(true)
			.redirectOutput(WORK.resolve(log).toFile())
			.start();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private void awaitConnected(long deviceId, boolean connected) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (this.gateway.isConnected(deviceId) != connected) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException(
						"the agent never became " + (connected ? "connected" : "disconnected") + "; see " + WORK);
			}
			Thread.sleep(20);
		}
	}

	/** The options of the argument file, without its comments. */
	private static String jvmOptions() throws IOException {
		return Files.readAllLines(JVM_OPTIONS)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.collect(Collectors.joining(" "));
	}

	private static double ms(List<Long> nanos, double quantile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static double median(List<Long> nanos) {
		return ms(nanos, 0.5);
	}

	/** A process's {@code /proc/<pid>/status}. */
	private record Status(Map<String, String> fields) {

		static Status of(long pid) throws IOException {
			Map<String, String> fields = new TreeMap<>();
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
				}
			}
			return new Status(fields);
		}

		double mb(String field) {
			// "70504 kB"
			return number(field) / 1024.0;
		}

		long number(String field) {
			return Long.parseLong(this.fields.getOrDefault(field, "0").split("\\s+")[0]);
		}

	}

}
