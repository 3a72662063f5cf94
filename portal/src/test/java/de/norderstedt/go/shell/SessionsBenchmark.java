package de.norderstedt.go.shell;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.UidlMessages;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench-sessions}: how many people one portal instance holds. The portal runs
 * in a JVM of its own (as {@code bin/run} starts it: demo data, embedded PostgreSQL); a
 * load client here opens sessions at the level of Vaadin's own protocol, as a browser
 * does: the page's bootstrap ({@code v-r=init}), the first server round trip that renders
 * the view (a UIDL request with its sync id and CSRF token), and the push connection
 * every page keeps open (Atmosphere over WebSocket). It prints the live heap per session
 * (the slope of full-GC class histograms at several session counts) for kiosk and for
 * portal pages with the classes that grow most, and the latency percentiles of UIDL
 * requests and the portal's CPU per request at 250, 500, 750 and 1,000 sessions. Not part
 * of the test suite: a benchmark prints figures, it asserts nothing.
 */
class SessionsBenchmark {

	private static final int SLOPE_SESSIONS = Integer.getInteger("go.bench.slope-sessions", 200);

	/**
	 * Open sessions at which UIDL latency is measured ({@code -Dgo.bench.levels=20,40} to
	 * try it small).
	 */
	private static final int[] LEVELS = java.util.Arrays
		.stream(System.getProperty("go.bench.levels", "250,500,750,1000").split(","))
		.mapToInt(level -> Integer.parseInt(level.trim()))
		.toArray();

	/** UIDL requests measured at each level (spread over the open sessions). */
	private static final int REQUESTS_PER_LEVEL = Integer.getInteger("go.bench.requests", 600);

	/** Requests in flight at once while measuring (people think between clicks). */
	private static final int IN_FLIGHT = Integer.getInteger("go.bench.in-flight", 8);

	private static final Pattern SET_COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

	private static final Pattern UI_ID = Pattern.compile("\\\\?\"v-uiId\\\\?\"\\s*:\\s*(\\d+)");

	private static final Pattern CSRF = Pattern
		.compile("\\\\?\"Vaadin-Security-Key\\\\?\"\\s*:\\s*\\\\?\"([0-9a-f-]+)");

	private static final Pattern SYNC_ID = Pattern.compile("\\\\?\"syncId\\\\?\"\\s*:\\s*(\\d+)");

	/**
	 * The push mode in the page's first changes:
	 * {@code "key":"pushMode","feat":5,"value":"AUTOMATIC"}.
	 */
	private static final Pattern PUSH_MODE = Pattern.compile("pushMode.{0,40}?value\\\\?\"\\s*:\\s*\\\\?\"([A-Z]+)");

	private static final Pattern PUSH_ID = Pattern.compile("\\\\?\"Vaadin-Push-ID\\\\?\"\\s*:\\s*\\\\?\"([0-9a-f-]+)");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newFixedThreadPool(4))
		.build();

	private final List<WebSocket> pushConnections = Collections.synchronizedList(new ArrayList<>());

	private final StringBuilder out = new StringBuilder();

	private int port;

	private @Nullable Process portal;

	/** The kinds of page a session shows. */
	enum Kind {

		KIOSK_START("kiosk/start", "kiosk start screen"), COURSE_LIST("kurse", "course list"),
		TUTORIAL_STEP("lernen/touchscreen-basics/2", "tutorial step"), ACCOUNT("konto", "account page, signed in");

		final String route;

		final String label;

		Kind(String route, String label) {
			this.route = route;
			this.label = label;
		}

	}

	/** One open page: its cookies, UI and what the next request must carry. */
	static final class Session {

		final Kind kind;

		final String cookies;

		final int uiId;

		final String csrf;

		int syncId;

		int clientId;

		Session(Kind kind, String cookies, int uiId, String csrf, int syncId) {
			this.kind = kind;
			this.cookies = cookies;
			this.uiId = uiId;
			this.csrf = csrf;
			this.syncId = syncId;
		}

	}

	@Test
	void live_heap_and_uidl_latency_per_open_session() throws Exception {
		Path dataDir = Files.createTempDirectory("bench-sessions");
		try {
			startPortal(dataDir);
			String kioskCookie = enrollDemoKiosk();
			String signedIn = signIn("helga");
			List<Session> sessions = new ArrayList<>();
			line("Sessions on one portal instance (2 cores; portal in its own JVM, " + ManagementInfo.portalHeapFlags()
					+ "; load client at the level of Vaadin's protocol)");
			// warm-up: every kind of page a few times, then the baseline
			for (int i = 0; i < 20; i++) {
				for (Kind kind : Kind.values()) {
					open(kind, cookiesFor(kind, kioskCookie, signedIn));
				}
			}
			Histogram base = histogram();
			// kiosk sessions
			for (int i = 0; i < SLOPE_SESSIONS; i++) {
				sessions.add(open(Kind.KIOSK_START, cookiesFor(Kind.KIOSK_START, kioskCookie, signedIn)));
			}
			Histogram kiosk = histogram();
			// portal sessions: course list, tutorial step and account page in turn
			for (int i = 0; i < SLOPE_SESSIONS; i++) {
				Kind kind = List.of(Kind.COURSE_LIST, Kind.TUTORIAL_STEP, Kind.ACCOUNT).get(i % 3);
				sessions.add(open(kind, cookiesFor(kind, kioskCookie, signedIn)));
			}
			Histogram portalPages = histogram();
			perSession("kiosk start screen", base, kiosk, SLOPE_SESSIONS, 100);
			perSession("portal pages (course list, tutorial step, account)", kiosk, portalPages, SLOPE_SESSIONS, 150);
			line("");
			line("UIDL requests (a navigation round trip of an open page, " + IN_FLIGHT
					+ " in flight) and the portal's CPU per request, the sessions a mix of all four kinds:");
			Histogram previous = base;
			int previousCount = 0;
			for (int level : LEVELS) {
				while (sessions.size() < level) {
					Kind kind = Kind.values()[sessions.size() % Kind.values().length];
					sessions.add(open(kind, cookiesFor(kind, kioskCookie, signedIn)));
				}
				measure(sessions, level);
				if (level == LEVELS[LEVELS.length - 1]) {
					Histogram last = histogram();
					line(String.format(Locale.ROOT,
							"  live heap at %,d sessions: %,.0f MB (%,.0f MB at none); %,.1f KB a session over all",
							level, last.total() / 1e6, base.total() / 1e6,
							(last.total() - base.total()) / 1024.0 / level));
					previous = last;
					previousCount = level;
				}
			}
			line(String.format(Locale.ROOT, "  push connections open: %,d", this.pushConnections.size()));
			if (previousCount == 0) {
				line("  (no level reached)");
			}
		}
		finally {
			System.out.println(this.out);
			try {
				Files.writeString(Path.of("target", "bench-sessions.txt"), this.out.toString());
			}
			catch (IOException ex) {
				// printed above already
			}
			for (WebSocket socket : this.pushConnections) {
				socket.abort();
			}
			Process running = this.portal;
			if (running != null) {
				running.destroy();
				running.waitFor(30, TimeUnit.SECONDS);
				running.destroyForcibly();
			}
			deleteTree(dataDir);
		}
	}

	private void line(String text) {
		this.out.append(text).append('\n');
		System.out.println(text);
	}

	/** The portal as bin/run starts it, from the classes this build made. */
	private void startPortal(Path dataDir) throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ManagementInfo.portalJvmOptions());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "de.norderstedt.go.Application",
				"--server.port=" + this.port, "--go.demo-data.enabled=true",
				"--go.embedded-database.data-dir=" + dataDir.resolve("postgres"),
				// one address opens every session here: the limits are for people, not
				// for this
				"--go.rate-limits.enabled=false", "--logging.level.root=WARN"));
		this.portal = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench-sessions-portal.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			Process running = this.portal;
			if (running == null || !running.isAlive()) {
				throw new IllegalStateException(
						"The portal ended while starting: see target/bench-sessions-portal.log");
			}
			try {
				// ready once the demo data is in (Tomcat answers before)
				HttpResponse<String> ready = get("/actuator/health/readiness", "");
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(
				"The portal did not answer within 3 minutes: see target/bench-sessions-portal.log");
	}

	private HttpResponse<String> get(String path, String cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "de-DE");
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** The demo library kiosk's credential cookie, through its enrollment link. */
	private String enrollDemoKiosk() throws Exception {
		HttpResponse<String> enrolled = get("/geraete/anmelden?code=demo-bibliothek", "");
		String cookies = cookies(enrolled, "");
		if (!cookies.contains("=")) {
			throw new IllegalStateException("The demo kiosk's enrollment link gave no credential (status "
					+ enrolled.statusCode() + "): was it used since the portal started?");
		}
		return cookies;
	}

	/** A session of a demo resident, signed in with the password form. */
	private String signIn(String username) throws Exception {
		HttpResponse<String> form = get("/anmelden", "");
		String session = cookies(form, "");
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/anmelden"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=norderstedt-demo"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String signedIn = cookies(answer, session);
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Signing in as " + username + " failed: HTTP " + answer.statusCode() + " to " + location);
		}
		return signedIn;
	}

	/** The cookies of a request after an answer's Set-Cookie headers. */
	private static String cookies(HttpResponse<?> response, String before) {
		Map<String, String> jar = new LinkedHashMap<>();
		for (String pair : before.split("; ")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				jar.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SET_COOKIE.matcher(header);
			if (matcher.find()) {
				jar.put(matcher.group(1), matcher.group(2));
			}
		}
		StringBuilder joined = new StringBuilder();
		jar.forEach(
				(name, value) -> joined.append(joined.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		return joined.toString();
	}

	/**
	 * A new visitor's cookies: none (a new session), the kiosk's device credential (a new
	 * session on the enrolled kiosk), or a sign-in of its own (each account page is a
	 * person who signed in).
	 */
	private String cookiesFor(Kind kind, String kioskCookie, String firstSignIn) throws Exception {
		return switch (kind) {
			case KIOSK_START -> kioskCookie;
			case ACCOUNT -> firstSignIn.isEmpty() ? firstSignIn : signIn("helga");
			default -> "";
		};
	}

	/**
	 * A new page as a browser opens it: a session of its own (or the signed-in one), the
	 * page with the view already rendered into it (the portal loads eagerly: the first
	 * UIDL comes with the HTML, as a browser gets it), and its push connection.
	 */
	private Session open(Kind kind, String cookies) throws Exception {
		HttpResponse<String> page = get("/" + kind.route, cookies);
		String html = page.body();
		Matcher uiId = UI_ID.matcher(html);
		Matcher csrf = CSRF.matcher(html);
		Matcher syncId = SYNC_ID.matcher(html);
		if (page.statusCode() != 200 || !uiId.find() || !csrf.find() || !syncId.find()) {
			Files.writeString(Path.of("target", "bench-sessions-page.html"), html);
			throw new IllegalStateException(
					kind + ": the page (HTTP " + page.statusCode() + ") carries no rendered view: " + abbreviate(html));
		}
		Session session = new Session(kind, cookies(page, cookies), Integer.parseInt(uiId.group(1)), csrf.group(1),
				Integer.parseInt(syncId.group(1)));
		Matcher pushId = PUSH_ID.matcher(html);
		if (Boolean.getBoolean("go.bench.dump-page")) {
			Files.writeString(Path.of("target", "bench-sessions-" + kind.name().toLowerCase(Locale.ROOT) + ".html"),
					html);
		}
		// as Vaadin's client: a push connection only where the page's push mode says so
		Matcher pushMode = PUSH_MODE.matcher(html);
		String mode = "DISABLED";
		while (pushMode.find()) {
			mode = pushMode.group(1);
		}
		boolean push = !mode.equals("DISABLED");
		connectPush(session, push && pushId.find() ? pushId.group(1) : null);
		return session;
	}

	/** A navigation event of the page to its own route: one UIDL round trip. */
	private String navigate(Session session) throws Exception {
		String body;
		synchronized (session) {
			String message = UidlMessages.navigation(session.kind.route, session.csrf, session.syncId,
					session.clientId);
			HttpResponse<String> answer = this.http
				.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + session.uiId))
					.header("Content-Type", "application/json; charset=UTF-8")
					.header("Accept-Language", "de-DE")
					.header("Cookie", session.cookies)
					.POST(HttpRequest.BodyPublishers.ofString(message))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			body = answer.body();
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(session.kind + ": UIDL answered HTTP " + answer.statusCode());
			}
			String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
			JsonObject parsed = JsonParser
				.parseString(json.startsWith("[") ? json.substring(1, json.length() - 1) : json)
				.getAsJsonObject();
			if (parsed.has("syncId")) {
				session.syncId = parsed.get("syncId").getAsInt();
			}
			if (parsed.has("clientId")) {
				session.clientId = parsed.get("clientId").getAsInt();
			}
		}
		return body;
	}

	/**
	 * The page's push connection, as vaadinPush.js opens it (Atmosphere over WebSocket).
	 */
	private void connectPush(Session session, @Nullable String pushId) throws Exception {
		if (pushId == null || !Boolean.parseBoolean(System.getProperty("go.bench.push", "true"))) {
			// -Dgo.bench.push=false: what the push connections cost, by leaving them out
			return;
		}
		String query = "v-r=push&v-uiId=" + session.uiId + "&v-pushId=" + pushId
				+ "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
				+ "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
				+ "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
		WebSocket socket = this.http.newWebSocketBuilder()
			.header("Cookie", session.cookies)
			.buildAsync(URI.create("ws://127.0.0.1:" + this.port + "/VAADIN/push?" + query), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					webSocket.request(1);
					return CompletableFuture.completedFuture(data);
				}
			})
			.get(30, TimeUnit.SECONDS);
		this.pushConnections.add(socket);
	}

	/** UIDL round trips spread over the open sessions, a few in flight at a time. */
	private void measure(List<Session> sessions, int level) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Semaphore inFlight = new Semaphore(IN_FLIGHT);
		long cpuBefore = ManagementInfo.cpuNanos(portalPid());
		long began = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<CompletableFuture<?>> all = new ArrayList<>();
			for (int i = 0; i < REQUESTS_PER_LEVEL; i++) {
				Session session = sessions.get((int) ((long) i * 7919 % sessions.size()));
				inFlight.acquire();
				all.add(CompletableFuture.runAsync(() -> {
					try {
						long t0 = System.nanoTime();
						navigate(session);
						latencies.add(System.nanoTime() - t0);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					finally {
						inFlight.release();
					}
				}, pool));
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		long cpu = ManagementInfo.cpuNanos(portalPid()) - cpuBefore;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		line(String.format(Locale.ROOT,
				"  %,5d sessions: p50 %5.1f ms, p95 %5.1f ms, p99 %5.1f ms over %,d requests (%,.0f/s); portal CPU %.1f ms a request",
				level, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.size(),
				sorted.size() / seconds, cpu / 1e6 / Math.max(1, sorted.size())));
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}

	private long portalPid() {
		Process running = this.portal;
		if (running == null) {
			throw new IllegalStateException("no portal");
		}
		return running.pid();
	}

	/** Live objects of the portal after a full collection, by class. */
	record Histogram(long total, Map<String, Long> bytesByClass) {
	}

	private Histogram histogram() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jcmd = Path.of(java).resolveSibling("jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(portalPid()), "GC.class_histogram")
			.redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(2, TimeUnit.MINUTES);
		Map<String, Long> bytes = new LinkedHashMap<>();
		long total = 0;
		for (String row : text.split("\n")) {
			String[] cells = row.trim().split("\\s+");
			if (cells.length >= 4 && cells[0].endsWith(":")) {
				bytes.put(cells[3], Long.parseLong(cells[2]));
			}
			else if (cells.length >= 3 && cells[0].equals("Total")) {
				total = Long.parseLong(cells[2]);
			}
		}
		if (total == 0) {
			throw new IllegalStateException("jcmd gave no class histogram: " + abbreviate(text));
		}
		return new Histogram(total, bytes);
	}

	private void perSession(String what, Histogram before, Histogram after, int sessions, int goalKb) {
		double perSession = (after.total() - before.total()) / 1024.0 / sessions;
		line(String.format(Locale.ROOT, "  %s: %,.1f KB of live heap a session (goal <= %d KB), from %,d sessions",
				what, perSession, goalKb, sessions));
		List<Map.Entry<String, Long>> growth = new ArrayList<>();
		for (Map.Entry<String, Long> entry : after.bytesByClass().entrySet()) {
			long grew = entry.getValue() - before.bytesByClass().getOrDefault(entry.getKey(), 0L);
			growth.add(Map.entry(entry.getKey(), grew));
		}
		growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		for (Map.Entry<String, Long> entry : growth.subList(0, Math.min(6, growth.size()))) {
			line(String.format(Locale.ROOT, "      %,8.1f KB  %s", entry.getValue() / 1024.0 / sessions,
					entry.getKey()));
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** The portal JVM's options and CPU time. */
	static final class ManagementInfo {

		private ManagementInfo() {
		}

		/**
		 * As bin/run: the JVM's defaults on this machine, unless GO_BENCH_JAVA_OPTS says
		 * otherwise.
		 */
		static List<String> portalJvmOptions() {
			String options = System.getenv().getOrDefault("GO_BENCH_JAVA_OPTS", "");
			return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
		}

		static String portalHeapFlags() {
			List<String> options = portalJvmOptions();
			return options.isEmpty() ? "the JVM's default heap" : String.join(" ", options);
		}

		/** User and system CPU time of a process, from /proc (clock ticks of 10 ms). */
		static long cpuNanos(long pid) throws IOException {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 10_000_000L;
		}

	}

}
