package de.norderstedt.go.kiosk.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar locker-agent.jar agent.properties}: runs the agent and reads scanner
 * lines (a USB QR scanner types like a keyboard) from standard input.
 */
public final class LockerAgentMain {

	private static final System.Logger LOG = System.getLogger(LockerAgentMain.class.getName());

	private LockerAgentMain() {
	}

	/**
	 * Runs the agent until the process is stopped.
	 * @param args the path of the configuration file
	 */
	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("Usage: java -jar locker-agent.jar <agent.properties>");
			System.exit(2);
			return;
		}
		AgentConfig config;
		try {
			config = AgentConfig.load(Path.of(args[0]));
		}
		catch (RuntimeException ex) {
			System.err.println("Cannot read the configuration: " + ex.getMessage());
			System.exit(2);
			return;
		}
		Pi4jHardware hardware = LockerHardware.create(config);
		LockerAgent agent = new LockerAgent(config, hardware, Clock.systemUTC());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			agent.close();
			hardware.close();
			stopped.countDown();
		}, "locker-agent-shutdown"));
		LOG.log(System.Logger.Level.INFO, "Locker agent {0} for station {1} ({2}), portal {3}", LockerAgent.VERSION,
				config.stationId(), config.mock() ? "mock platform" : "gpiod", config.endpoint());
		agent.start();
		readScanner(agent);
		try {
			// without a scanner (stdin closed, e.g. under systemd) the agent keeps
			// serving the portal
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void readScanner(LockerAgent agent) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				LockerAgent.ScanResult result = agent.scan(line);
				if (result.outcome() != LockerAgent.ScanOutcome.NOT_HANDLED) {
					LOG.log(System.Logger.Level.INFO, "Scanner: {0}{1}", result.outcome(),
							(result.reason() != null) ? " (" + result.reason() + ")" : "");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "Scanner input ended", ex);
		}
	}

}
