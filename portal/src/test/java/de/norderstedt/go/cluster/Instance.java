package de.norderstedt.go.cluster;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One portal instance of the cluster check: a JVM of its own running the built jar, as a
 * server would (its output in {@code <name>.log}, the requests it served in
 * {@code access/<name>-<start>.log}).
 */
final class Instance {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The name HAProxy knows it by ({@code server portal-1 …}), also its instance id. */
	final String name;

	final int port;

	private final Path work;

	private @Nullable Process process;

	private int starts;

	Instance(String name, int port, Path work) {
		this.name = name;
		this.port = port;
		this.work = work;
	}

	/** Starts the JVM with these Spring Boot arguments; does not wait for it. */
	void start(Path jar, Map<String, String> environment, List<String> arguments) throws IOException {
		if (alive()) {
			// one JVM per instance: a second would be left running unseen
			throw new IllegalStateException(this.name + " is still running");
		}
		this.starts++;
		Path accessLogs = this.work.resolve("access");
		Files.createDirectories(accessLogs);
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		// C1 only: less CPU for the same start on a 2-core machine with two JVMs
		// starting at once (README, "Testing")
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + this.port,
				"--go.instance-id=" + this.name,
				// which person each request came from (a header only the check's browsers
				// send), so the check can tell which instance served whom
				"--server.tomcat.accesslog.enabled=true",
				"--server.tomcat.accesslog.directory=" + accessLogs.toAbsolutePath(),
				"--server.tomcat.accesslog.prefix=" + this.name + "-" + this.starts,
				"--server.tomcat.accesslog.suffix=.log", "--server.tomcat.accesslog.file-date-format=",
				"--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false",
				"--server.tomcat.accesslog.pattern=%{" + ClusterCheck.PERSON_HEADER + "}i %m %U %s"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(log().toFile()));
		builder.environment().putAll(environment);
		this.process = builder.start();
	}

	Path log() {
		return this.work.resolve(this.name + ".log");
	}

	/** The access log of the current start. */
	Path accessLog() {
		return this.work.resolve("access").resolve(this.name + "-" + this.starts + ".log");
	}

	/** How many requests of this person the current start served. */
	long requestsOf(String person) throws IOException {
		Path file = accessLog();
		if (!Files.exists(file)) {
			return 0;
		}
		try (var lines = Files.lines(file)) {
			return lines.filter(line -> line.startsWith(person + " ")).count();
		}
	}

	boolean alive() {
		Process running = this.process;
		return running != null && running.isAlive();
	}

	/** Ready as HAProxy sees it: {@code /actuator/health/readiness} answers 200. */
	boolean ready() {
		try {
			HttpResponse<Void> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * {@code kill -9}: no shutdown hook, no graceful shutdown, nothing said to anyone.
	 */
	void kill() throws InterruptedException {
		Process running = this.process;
		if (running != null) {
			running.destroyForcibly();
			running.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** A graceful stop (SIGTERM), forced after 30 seconds. */
	void stop() throws InterruptedException {
		Process running = this.process;
		if (running != null && running.isAlive()) {
			running.destroy();
			if (!running.waitFor(30, TimeUnit.SECONDS)) {
				running.destroyForcibly();
				running.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	/** The last lines of its log, for a report of what went wrong. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log());
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
