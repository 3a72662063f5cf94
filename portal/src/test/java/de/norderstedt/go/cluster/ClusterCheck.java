package de.norderstedt.go.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import de.norderstedt.go.kiosk.agent.AgentConfig;
import de.norderstedt.go.kiosk.agent.LockerAgent;
import de.norderstedt.go.kiosk.agent.Pi4jHardware;
import org.jspecify.annotations.Nullable;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

/**
 * {@code bin/test-cluster}: two portal instances on one PostgreSQL behind a real HAProxy
 * (Debian's, with {@code deploy/proxy/haproxy.cfg} unchanged) on this machine's loopback,
 * driven by Chromium as people would use it, and the acceptance of issue 21 checked with
 * the figure each check measured:
 * <ol>
 * <li>a person stays on one instance for a whole booking,</li>
 * <li>a bell on one instance rings within 2 s of an announcement published on the
 * other,</li>
 * <li>a terminal on one instance opens a compartment whose agent is connected to the
 * other within 3 s,</li>
 * <li>after the signal bus's connections are killed ({@code pg_terminate_backend}),
 * signals arrive again and what was signalled meanwhile is not missed,</li>
 * <li>{@code kill -9} of an instance: its people continue on the other with the message
 * within 15 s and no error page, nothing confirmed is lost, the locker agent reconnects,
 * and an event the dead instance was handling is completed,</li>
 * <li>when the instance returns, the people who moved stay where they are.</li>
 * </ol>
 * The first instance starts on the embedded PostgreSQL with the demo data (as
 * {@code bin/run}); the second uses that PostgreSQL as an external database, as every
 * instance of a real deployment does. Both start at once. The locker agent is the real
 * agent code (kiosk module, Pi4J's mock board) in this JVM, connected through HAProxy.
 * Not a JUnit test: {@code bin/test} runs it after Maven, on the built jar.
 */
public final class ClusterCheck {

	/**
	 * Sent by the check's browsers only, logged by each instance: which person a request
	 * came from.
	 */
	static final String PERSON_HEADER = "X-Cluster-Person";

	private static final String DEMO_PASSWORD = "norderstedt-demo";

	private static final String DEMO_TERMINAL = "Schließfach-Terminal Stadtpark";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final Path jar;

	private final Path work;

	private final Path haproxyConfig;

	private final Path tls;

	private final Path certificate;

	private final Path keys;

	private final Properties german = new Properties();

	private final List<String> failures = new ArrayList<>();

	private int screenshots;

	private final List<Process> helpers = new CopyOnWriteArrayList<>();

	private final int databasePort = freePort();

	private final int httpsPort = freePort();

	private final int httpPort = freePort();

	private final int statsPort = freePort();

	private final Instance one;

	private final Instance two;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ClusterCheck(Path jar, Path work, Path haproxyConfig, Path tls, Path certificate, Path keys) {
		this.jar = jar;
		this.work = work;
		this.haproxyConfig = haproxyConfig;
		this.tls = tls;
		this.certificate = certificate;
		this.keys = keys;
		this.one = new Instance("portal-1", freePort(), work);
		this.two = new Instance("portal-2", freePort(), work);
	}

	/**
	 * Runs the check; exits with 0 when every check passed, 1 when one failed, 2 when
	 * something it needs is missing.
	 */
	public static void main(String[] args) throws Exception {
		Path jar = Path.of(System.getProperty("go.cluster.jar", "portal/target/portal.jar"));
		Path work = Path.of(System.getProperty("go.cluster.work", "portal/target/cluster"));
		Path config = Path.of(System.getProperty("go.cluster.haproxy-config", "deploy/proxy/haproxy.cfg"));
		List<String> missing = new ArrayList<>();
		if (!Files.isRegularFile(jar)) {
			missing.add("the portal's jar " + jar + " (build it: ./mvnw -B -DskipTests -pl portal -am package)");
		}
		if (!Files.isRegularFile(config)) {
			missing.add("HAProxy's configuration " + config);
		}
		if (!onPath("haproxy")) {
			missing.add("HAProxy (Debian package haproxy: apt-get install haproxy)");
		}
		Path chromium = Path.of(System.getProperty("go.chromium", "/usr/bin/chromium-headless-shell"));
		if (!Files.isExecutable(chromium)) {
			missing.add("Chromium at " + chromium
					+ " (Debian package chromium-headless-shell: apt-get install chromium-headless-shell)");
		}
		Path tls = work.resolve("tls.pem");
		Path certificate = work.resolve("certificate.pem");
		Path keys = work.resolve("keys");
		if (!Files.isRegularFile(tls) || !Files.isRegularFile(certificate)) {
			missing.add(
					"a TLS certificate for HAProxy in " + tls + " and " + certificate + " (bin/test-cluster makes it)");
		}
		if (!Files.isDirectory(keys)) {
			missing.add("the server keys in " + keys + " (bin/test-cluster makes them with bin/rotate-keys)");
		}
		if (!missing.isEmpty()) {
			System.out.println("test-cluster: cannot run, missing:");
			missing.forEach(m -> System.out.println("  - " + m));
			System.exit(2);
		}
		ClusterCheck check = new ClusterCheck(jar, work, config, tls, certificate, keys);
		int code;
		try {
			code = check.run(chromium);
		}
		catch (Exception | AssertionError ex) {
			System.out.println("FAIL the check stopped: " + ex);
			ex.printStackTrace(System.out);
			check.printLogs();
			code = 1;
		}
		finally {
			check.stopAll();
		}
		System.exit(code);
	}

	private int run(Path chromium) throws Exception {
		try (InputStream in = Objects.requireNonNull(
				ClusterCheck.class.getResourceAsStream("/vaadin-i18n/translations_de.properties"),
				"the German translations on the class path")) {
			this.german.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
		// the figures, not the libraries' chatter (Pi4J looks for a Raspberry Pi's board)
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.pi4j"))
			.setLevel(ch.qos.logback.classic.Level.OFF);
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
		long started = System.nanoTime();
		say("PostgreSQL on 127.0.0.1:%d, %s on :%d, %s on :%d, HAProxy https://localhost:%d", this.databasePort,
				this.one, this.one.port, this.two, this.two.port, this.httpsPort);

		// both instances at once: the first on its embedded PostgreSQL with the demo
		// data,
		// the second on that database (its pool waits until the database answers)
		this.one.start(this.jar, environment(), arguments(true));
		this.two.start(this.jar, environment(), arguments(false));
		Process haproxy = startHaproxy();
		// Chromium starts while the portals do
		Map<String, String> env = Files.isExecutable(Path.of("/usr/bin/node"))
				? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")
				: Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync",
								"--disable-dev-shm-usage",
								// HAProxy listens on 127.0.0.1 only
								"--host-resolver-rules=MAP localhost 127.0.0.1")))) {
			awaitReady(this.one, haproxy);
			awaitReady(this.two, haproxy);
			awaitBalancer(Map.of(this.one.name, "UP", this.two.name, "UP"));
			say("both instances ready and UP in HAProxy after %.1f s", seconds(started));
			try (Connection db = DriverManager.getConnection(
					"jdbc:postgresql://127.0.0.1:" + this.databasePort + "/postgres", "postgres", "postgres")) {
				new Scenario(browser, db).run();
			}
		}
		say("cluster check took %.1f s", seconds(started));
		if (this.failures.isEmpty()) {
			System.out.println("test-cluster: all checks passed");
			return 0;
		}
		System.out.println("test-cluster: " + this.failures.size() + " check(s) failed:");
		this.failures.forEach(f -> System.out.println("  - " + f));
		printLogs();
		return 1;
	}

	/** The checks, on the running cluster. */
	private final class Scenario {

		private final Browser browser;

		private final Connection db;

		private final List<Long> pulses = new CopyOnWriteArrayList<>();

		Scenario(Browser browser, Connection db) {
			this.browser = browser;
			this.db = db;
		}

		void run() throws Exception {
			long terminal = querySingleLong("SELECT id FROM kiosk_device WHERE name = ?", DEMO_TERMINAL);
			long station = querySingleLong("SELECT id FROM locker_station WHERE device_id = ?", terminal);
			// the demo station opens 8-20 o'clock; the check runs at any hour
			update("UPDATE locker_station SET opens_at = '00:00', closes_at = '23:59' WHERE id = ?", station);
			Path agentState = ClusterCheck.this.work.resolve("agent");
			Files.createDirectories(agentState);
			AgentConfig config = AgentConfig.load(agentProperties(terminal, station, agentState));
			trustOurCertificate();
			try (Pi4jHardware board = Pi4jHardware.mock(config.compartments(), config.pulse())) {
				board.onPulse((number, at) -> this.pulses.add(System.nanoTime()));
				// HAProxy sends the agent to either instance (least connections). The one
				// it
				// holds is killed later, and that should be the one on the database as an
				// external one, as every instance of a deployment is (the first
				// instance's
				// JVM started the PostgreSQL): another try lands on the other instance.
				LockerAgent agent = new LockerAgent(config, board, Clock.systemUTC());
				long connecting = System.nanoTime();
				agent.start();
				String agentOn = agentInstance(terminal);
				for (int tries = 1; ClusterCheck.this.one.name.equals(agentOn) && tries < 4; tries++) {
					agent.close();
					awaitTrue(Duration.ofSeconds(20),
							() -> queryLong("SELECT count(*) FROM agent_connection WHERE device_id = ?",
									terminal) == 0);
					agent = new LockerAgent(config, board, Clock.systemUTC());
					agent.start();
					agentOn = agentInstance(terminal);
				}
				try (LockerAgent running = agent) {
					if (agentOn == null) {
						fail("locker agent", "not connected through HAProxy within 60 s");
						return;
					}
					run(agentOn, terminal, connecting);
				}
			}
		}

		private @Nullable String agentInstance(long terminal) {
			return awaitValue(Duration.ofSeconds(60),
					() -> queryString("SELECT instance_id FROM agent_connection WHERE device_id = ?", terminal));
		}

		private void run(String agentOn, long terminal, long connecting) {
			// "A" holds the agent and is killed later (its agent must reconnect), "B"
			// takes over
			Instance a = agentOn.equals(ClusterCheck.this.one.name) ? ClusterCheck.this.one : ClusterCheck.this.two;
			Instance b = a == ClusterCheck.this.one ? ClusterCheck.this.two : ClusterCheck.this.one;
			say("locker agent connected through HAProxy to %s after %.1f s; A = %s, B = %s", a, seconds(connecting), a,
					b);

			Person booker = person("booker", null);
			String firstBooking = attempt("a person stays on one instance for a whole booking",
					() -> stickyBooking(booker));
			booker.close();

			Person helgaOnA = person("helga-a", a);
			Person terminalOnB = person("terminal", b);
			String reservation = attempt(
					"a terminal on " + b + " opens a compartment whose agent is connected to " + a + " within 3 s",
					() -> {
						signIn(helgaOnA.page, "helga");
						String pickupCode = reserve(helgaOnA.page, "Rollator");
						String address = helgaOnA.page.url();
						terminalOnB.page.navigate(url("/geraete/anmelden?code=demo-stadtpark"));
						terminalOnB.page.waitForURL(Pattern.compile(".*/kiosk.*"));
						terminalAcrossInstances(terminalOnB.page, pickupCode, a, b);
						return address;
					});

			Person helgaOnB = person("helga-b", b);
			Person editorOnA = person("editor", a);
			attempt("a bell on " + b + " rings within 2 s of an announcement published on " + a, () -> {
				signIn(helgaOnB.page, "helga");
				signInWithPasskey(editorOnA.page, "redaktion");
				bell(editorOnA.page, helgaOnB.page, a, b, "");
				return "";
			});

			if (reservation != null) {
				attempt("after the bus connections are killed, what was signalled meanwhile is not missed", () -> {
					String handcart = reserve(helgaOnA.page, "Handwagen");
					busKilled(terminalOnB.page, handcart, editorOnA.page, helgaOnB.page, a, b);
					return "";
				});
			}

			attempt("kill -9 of " + a, () -> {
				failover(a, b, helgaOnA, editorOnA, terminal, Objects.requireNonNullElse(firstBooking, ""));
				return "";
			});
			if (a.alive()) {
				fail("when " + a + " returns, the people who moved stay on " + b,
						"not checked: " + a + " was not killed");
			}
			else {
				attempt("when " + a + " returns, the people who moved stay on " + b, () -> {
					aReturns(a, b, helgaOnA);
					return "";
				});
			}
		}

		/**
		 * Runs one part; when it throws, that part fails with the reason and the next
		 * runs.
		 */
		private <T> @Nullable T attempt(String what, Step<T> step) {
			try {
				return step.run();
			}
			catch (Exception | AssertionError ex) {
				String message = Objects.requireNonNullElse(ex.getMessage(), ex.toString());
				String where = Stream.of(ex.getStackTrace())
					.filter(frame -> frame.getClassName().startsWith(ClusterCheck.class.getName()))
					.findFirst()
					.map(frame -> " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")")
					.orElse("");
				fail(what, "stopped: " + message.lines().limit(8).reduce((x, y) -> x + " / " + y).orElse("") + where);
				showPages();
				return null;
			}
		}

		/**
		 * Where every page is, what it shows, and a screenshot of it (after a failure).
		 */
		private void showPages() {
			int n = 0;
			for (BrowserContext context : this.browser.contexts()) {
				for (Page page : context.pages()) {
					n++;
					Path picture = ClusterCheck.this.work
						.resolve("failure-" + (++ClusterCheck.this.screenshots) + ".png");
					try {
						page.screenshot(new Page.ScreenshotOptions().setPath(picture).setFullPage(true));
					}
					catch (PlaywrightException ex) {
						// the text below says enough
					}
					String text = bodyText(page);
					say("page %d (GOSERVER=%s) at %s: %s [%s]", n, serverCookie(context), page.url(),
							text.substring(0, Math.min(300, text.length())), picture.getFileName());
				}
			}
		}

		// ---- 1. a whole booking on one instance

		private String stickyBooking(Person booker) throws Exception {
			Page page = booker.page;
			page.navigate(url("/kurse"));
			heading(page).waitFor();
			page.getByLabel("Nur Termine mit freien Plätzen").check();
			Locator book = page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Platz buchen: ")));
			book.first().waitFor();
			book.first().click();
			page.getByLabel("Vor- und Nachname").fill("Clara Cluster");
			page.getByLabel("Telefonnummer").fill("040 52 52 52");
			button(page, "Verbindlich buchen").click();
			waitForHeading(page, "Ihr Ticket");
			String code = page.locator("#ticket-code").textContent().replace(" ", "").strip();
			String status = queryString("SELECT status FROM booking WHERE code = ?", code);
			String cookie = serverCookie(booker.context);
			long onOne = ClusterCheck.this.one.requestsOf("booker");
			long onTwo = ClusterCheck.this.two.requestsOf("booker");
			check(onOne + onTwo > 0 && (onOne == 0 || onTwo == 0) && "CONFIRMED".equals(status),
					"a person stays on one instance for a whole booking",
					String.format(Locale.ROOT, "%d requests on %s, %d on %s; GOSERVER=%s; booking %s", onOne,
							ClusterCheck.this.one, onTwo, ClusterCheck.this.two, cookie, status));
			return code;
		}

		// ---- 3. a terminal on B, the agent on A

		private void terminalAcrossInstances(Page terminal, String code, Instance a, Instance b) {
			typeAtTerminal(terminal, code);
			int before = this.pulses.size();
			long start = System.nanoTime();
			button(terminal, "Öffnen").click();
			boolean pulsed = awaitTrue(Duration.ofSeconds(10), () -> this.pulses.size() > before);
			double relay = pulsed ? (this.pulses.get(before) - start) / 1e9 : -1;
			boolean shown = waitForHeadingOrFalse(terminal, Pattern.compile("^Fach \\d+$"), Duration.ofSeconds(10));
			double screen = seconds(start);
			check(pulsed && relay <= 3 && shown,
					"a terminal on " + b + " opens a compartment whose agent is connected to " + a + " within 3 s",
					pulsed ? String.format(Locale.ROOT,
							"relay pulsed %.2f s after 'Öffnen'; the screen said '%s' after %.2f s", relay,
							shown ? heading(terminal).textContent() : "nothing", screen)
							: "the relay did not pulse within 10 s; the screen says: " + bodyText(terminal));
		}

		private void typeAtTerminal(Page terminal, String code) {
			terminal.navigate(url("/kiosk/locker"));
			waitForHeading(terminal, "Schließfach öffnen");
			button(terminal, "Code eintippen").click();
			waitForHeading(terminal, "Code eintippen");
			Locator keypad = terminal.getByRole(AriaRole.GROUP,
					new Page.GetByRoleOptions().setName(text("lockers.terminal.keypad")));
			for (char digit : code.toCharArray()) {
				keypad
					.getByRole(AriaRole.BUTTON,
							new Locator.GetByRoleOptions().setName(String.valueOf(digit)).setExact(true))
					.click();
			}
			com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(button(terminal, "Öffnen")).isEnabled();
		}

		// ---- 2. the bell on B, the announcement on A

		private void bell(Page editor, Page resident, Instance a, Instance b, String when) {
			resident.navigate(url("/konto"));
			heading(resident).waitFor();
			Locator bell = resident.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Benachrichtigungen, ")));
			String before = Objects.requireNonNullElse(bell.getAttribute("aria-label"), "");
			long start = writeAnnouncement(editor);
			boolean rang = awaitTrue(Duration.ofSeconds(10), () -> {
				String now = bell.getAttribute("aria-label");
				return now != null && !now.equals(before);
			});
			double latency = seconds(start);
			check(rang && latency <= 2,
					"a bell on " + b + " rings within 2 s of an announcement published on " + a + when, rang
							? String.format(Locale.ROOT, "rang %.2f s after 'Veröffentlichen' ('%s')", latency,
									bell.getAttribute("aria-label"))
							: "did not ring within 10 s (still '" + before + "')");
		}

		/** Publishes an announcement for Helga's interests; returns when it was sent. */
		private long writeAnnouncement(Page editor) {
			editor.navigate(url("/redaktion/neu"));
			waitForHeading(editor, "Neue Meldung");
			editor.getByLabel("Titel (Deutsch)").fill("Baustelle in Garstedt " + System.nanoTime() % 100_000);
			editor.getByLabel("Text (Deutsch)").fill("Die Ohechaussee ist ab Montag halbseitig gesperrt.");
			editor
				.getByRole(AriaRole.CHECKBOX,
						new Page.GetByRoleOptions().setName("Verkehr & Baustellen").setExact(true))
				.check();
			editor.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Garstedt").setExact(true)).check();
			long start = System.nanoTime();
			button(editor, "Veröffentlichen").click();
			editor.getByText(Pattern.compile("^Veröffentlicht am ")).first().waitFor();
			return start;
		}

		// ---- 4. the signal bus's connections killed

		private void busKilled(Page terminal, String code, Page editor, Page resident, Instance a, Instance b)
				throws Exception {
			typeAtTerminal(terminal, code);
			int before = this.pulses.size();
			int killed = killBus();
			long start = System.nanoTime();
			button(terminal, "Öffnen").click();
			// keep killing them for a while: the door's command and its result are
			// signalled while no instance listens
			long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
			while (System.nanoTime() < until) {
				killed += killBus();
				Thread.sleep(25);
			}
			long stopped = System.nanoTime();
			boolean pulsed = awaitTrue(Duration.ofSeconds(15), () -> this.pulses.size() > before);
			boolean listening = awaitTrue(Duration.ofSeconds(15), () -> queryLong(
					"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'go-signals'") >= 2);
			String command = queryString(
					"SELECT state || ' ' || (created_at < (SELECT max(backend_start) FROM pg_stat_activity WHERE application_name = 'go-signals')) "
							+ "FROM device_command ORDER BY created_at DESC LIMIT 1");
			check(pulsed && listening,
					"after the bus connections are killed, what was signalled meanwhile is not missed",
					String.format(Locale.ROOT,
							"%d bus connections killed over %.1f s; the door opened %.2f s after 'Öffnen' "
									+ "(command %s = sent before the last reconnect); both buses listen again",
							killed, (stopped - start) / 1e9, pulsed ? (this.pulses.get(before) - start) / 1e9 : -1.0,
							command));
			bell(editor, resident, a, b, " (after the bus came back)");
		}

		/** Ends every signal bus connection; returns how many. */
		private int killBus() {
			return (int) queryLong(
					"SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'go-signals') t");
		}

		// ---- 5. kill -9 of A

		private void failover(Instance a, Instance b, Person helgaOnA, Person editorOnA, long terminal,
				String firstBooking) throws Exception {
			Person guestOnA = person("guest-a", a);
			String secondBooking = stickyBookingQuietly(guestOnA.page);
			// Helga signed in on a page for everyone, the editor on one that needs her
			// sign-in
			helgaOnA.page.navigate(url("/kurse"));
			heading(helgaOnA.page).waitFor();
			String helgaWasOn = serverCookie(helgaOnA.context);

			// an event A is handling when it dies: the news listener waits for the table
			// it writes to, which the check holds locked
			String eventId;
			try (Connection lock = DriverManager.getConnection(
					"jdbc:postgresql://127.0.0.1:" + ClusterCheck.this.databasePort + "/postgres", "postgres",
					"postgres")) {
				lock.setAutoCommit(false);
				try (Statement statement = lock.createStatement()) {
					statement.execute("LOCK TABLE notification IN EXCLUSIVE MODE");
				}
				writeAnnouncement(editorOnA.page);
				String waiting = awaitValue(Duration.ofSeconds(20),
						() -> queryString("SELECT id::text FROM event_publication WHERE completion_date IS NULL "
								+ "AND listener_id LIKE '%NewsMessages%' ORDER BY publication_date DESC LIMIT 1"));
				boolean blocked = awaitTrue(Duration.ofSeconds(20), () -> queryLong(
						"SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'notification' AND NOT l.granted") > 0);
				eventId = Objects.requireNonNullElse(waiting, "");
				say("%s handles the announcement's event %s (waiting for the table: %s); kill -9 %s", a, eventId,
						blocked, a);
				a.kill();
				lock.commit();
			}
			long killed = System.nanoTime();
			String event = eventId;

			// watched side by side from the kill on: when did each happen
			Page helga = helgaOnA.page;
			List<String> messages = texts("shell.reconnected.");
			Map<String, BooleanSupplier> watched = new LinkedHashMap<>();
			watched.put("moved", () -> b.name.equals(serverCookie(helgaOnA.context)) && shows(helga, messages));
			Page editor = editorOnA.page;
			watched.put("editor", () -> b.name.equals(serverCookie(editorOnA.context)) && shows(editor, messages));
			watched.put("agent", () -> b.name
				.equals(queryString("SELECT instance_id FROM agent_connection WHERE device_id = ?", terminal)));
			watched.put("event",
					() -> !event.isEmpty() && queryLong(
							"SELECT count(*) FROM event_publication WHERE id::text = ? AND completion_date IS NOT NULL",
							event) > 0);
			Map<String, Double> seen = new HashMap<>();
			awaitTrue(Duration.ofSeconds(60), () -> {
				watched.forEach((what, condition) -> {
					if (!seen.containsKey(what) && condition.getAsBoolean()) {
						seen.put(what, seconds(killed));
					}
				});
				return seen.size() == watched.size();
			});

			// its people continue on B, with the message, no error page
			Double movedAfter = seen.get("moved");
			String error = errorShown(helga);
			check(movedAfter != null && movedAfter <= 15 && error == null && !messages.isEmpty(),
					"kill -9 of " + a + ": its people continue on " + b
							+ " with the message within 15 s, no error page",
					messages.isEmpty()
							? "no translation shell.reconnected.* in the portal (the failover message is missing); "
									+ "Helga's page now: GOSERVER=" + serverCookie(helgaOnA.context) + ", "
									+ abbreviated(bodyText(helga))
							: movedAfter != null
									? String.format(Locale.ROOT,
											"Helga moved from %s to %s after %.1f s, at %s: '%s'%s", helgaWasOn, b,
											movedAfter, helga.url(), shownMessage(helga, messages),
											error != null ? " (error page: " + error + ")" : "")
									: "after 60 s: GOSERVER=" + serverCookie(helgaOnA.context) + ", at " + helga.url()
											+ ", the page says: " + abbreviated(bodyText(helga))
											+ (error != null ? " (error page: " + error + ")" : ""));

			Double editorAfter = seen.get("editor");
			String editorError = errorShown(editor);
			check(editorAfter != null && editorAfter <= 15 && editorError == null,
					"kill -9 of " + a + ": a page that needs a sign-in continues on " + b
							+ " with the message within 15 s, no error page",
					editorAfter != null
							? String.format(Locale.ROOT, "the editor moved to %s after %.1f s, at %s: '%s'", b,
									editorAfter, editor.url(), shownMessage(editor, messages))
							: "after 60 s: GOSERVER=" + serverCookie(editorOnA.context) + ", at " + editor.url()
									+ ", the page says: " + abbreviated(bodyText(editor))
									+ (editorError != null ? " (error page: " + editorError + ")" : ""));

			// nothing confirmed is lost
			String first = queryString("SELECT status FROM booking WHERE code = ?", firstBooking);
			String second = queryString("SELECT status FROM booking WHERE code = ?", secondBooking);
			String reservations = queryString(
					"SELECT string_agg(r.item_type || ' ' || r.status, ', ' ORDER BY r.created_at) FROM locker_reservation r "
							+ "JOIN account a ON a.id = r.account_id WHERE a.username = 'helga'");
			check("CONFIRMED".equals(first) && "CONFIRMED".equals(second) && reservations != null
					&& !reservations.contains("CANCELLED"), "no confirmed booking or reservation lost",
					"the booking made first: " + first + ", the one on " + a + " just before it died: " + second
							+ "; Helga's reservations: " + reservations);

			// the agent reconnects
			Double agentAfter = seen.get("agent");
			check(agentAfter != null, "the locker agent reconnects (to " + b + ")",
					agentAfter != null
							? String.format(Locale.ROOT, "connected to %s %.1f s after the kill", b, agentAfter)
							: "not reconnected within 60 s");

			// the event A was handling is completed by B
			Double eventAfter = seen.get("event");
			check(eventAfter != null, "an event " + a + " was handling is completed",
					eventId.isEmpty() ? "no event of the announcement was seen in event_publication"
							: eventAfter != null
									? String.format(Locale.ROOT, "completed %.1f s after the kill (event %s, by %s)",
											eventAfter, eventId, b)
									: "not completed within 60 s (event " + eventId + ")");
		}

		private String stickyBookingQuietly(Page page) {
			page.navigate(url("/kurse"));
			heading(page).waitFor();
			page.getByLabel("Nur Termine mit freien Plätzen").check();
			Locator book = page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Platz buchen: ")));
			book.first().waitFor();
			book.first().click();
			page.getByLabel("Vor- und Nachname").fill("Ole Ausfall");
			page.getByLabel("Telefonnummer").fill("040 12 34 56");
			button(page, "Verbindlich buchen").click();
			waitForHeading(page, "Ihr Ticket");
			return page.locator("#ticket-code").textContent().replace(" ", "").strip();
		}

		// ---- 6. A returns

		private void aReturns(Instance a, Instance b, Person helga) throws Exception {
			long start = System.nanoTime();
			a.start(ClusterCheck.this.jar, environment(), arguments(false));
			awaitReady(a, null);
			awaitBalancer(Map.of(a.name, "UP", b.name, "UP"));
			say("%s is back and UP in HAProxy after %.1f s", a, seconds(start));
			Page page = helga.page;
			// on, as a person would: the portal's own links
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kurse").setExact(true)).first().click();
			waitForHeading(page, "Kurse und Treffen");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Platz buchen: ")))
				.first()
				.click();
			waitForHeading(page, Pattern.compile("^Platz buchen: "));
			long onA = a.requestsOf("helga-a");
			String cookie = serverCookie(helga.context);
			check(b.name.equals(cookie) && onA == 0 && errorShown(page) == null,
					"when " + a + " returns, the people who moved stay on " + b,
					"GOSERVER=" + cookie + ", " + onA + " of Helga's requests reached " + a + " since it returned");
		}

		// ---- people and pages

		private Person person(String name, @Nullable Instance pinned) {
			BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
				.setViewportSize(1280, 900)
				.setIgnoreHTTPSErrors(true)
				.setExtraHTTPHeaders(Map.of(PERSON_HEADER, name)));
			context.setDefaultTimeout(20_000);
			if (pinned != null) {
				// as if this browser had been sent there before: HAProxy's own cookie
				context.addCookies(List.of(new Cookie("GOSERVER", pinned.name).setDomain("localhost")
					.setPath("/")
					.setSecure(true)
					.setHttpOnly(true)));
			}
			return new Person(context, context.newPage());
		}

		private void signIn(Page page, String username) {
			page.navigate(url("/anmelden"));
			page.getByLabel("Benutzername").fill(username);
			page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
			page.getByRole(AriaRole.MAIN)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmelden").setExact(true))
				.click();
			page.waitForURL(Pattern.compile(".*/(konto|anmelden/zweiter-schritt)$"));
		}

		/** An editor's sign-in: the password, then a passkey (made at the first time). */
		private void signInWithPasskey(Page page, String username) {
			virtualAuthenticator(page);
			signIn(page, username);
			waitForHeading(page, "Anmeldung bestätigen");
			Locator name = page.getByLabel("Name für den Passkey");
			if (name.count() > 0 && name.isVisible()) {
				name.fill("Cluster-Check");
				button(page, "Passkey anlegen").click();
				page.getByText(Pattern.compile("ist angelegt")).first().waitFor();
			}
			button(page, "Mit Passkey bestätigen").click();
			page.waitForURL(Pattern.compile("^(?!.*zweiter-schritt).*$"));
		}

		private String reserve(Page page, String item) {
			page.navigate(url("/schliessfaecher"));
			heading(page).waitFor();
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(item).setExact(true)).check();
			// the slot running now, or the next one (its code opens early:
			// go.lockers.pickup-early
			// is 2 hours for the check); late in the evening tomorrow's first
			Pattern free = Pattern.compile("^(Ab jetzt bis .*|\\d\\d:\\d\\d–\\d\\d:\\d\\d) · \\d+ frei$");
			Locator slot = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(free)).first();
			if (slot.count() == 0) {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen")))
					.click();
				slot.waitFor();
			}
			slot.click();
			button(page, "Reservieren").click();
			page.waitForURL(Pattern.compile(".*/schliessfaecher/reservierung/\\d+$"));
			return lockerCode(page);
		}

		private String lockerCode(Page page) {
			Locator code = page.locator("#locker-code");
			com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(code)
				.hasText(Pattern.compile("^\\d{4} \\d{4}$"));
			return code.textContent().replace(" ", "");
		}

		// ---- the database

		private long querySingleLong(String sql, Object... args) {
			Long value = queryValue(sql, rs -> rs.getLong(1), args);
			if (value == null) {
				throw new IllegalStateException("nothing found: " + sql);
			}
			return value;
		}

		private long queryLong(String sql, Object... args) {
			Long value = queryValue(sql, rs -> rs.getLong(1), args);
			return value == null ? 0 : value;
		}

		private @Nullable String queryString(String sql, Object... args) {
			return queryValue(sql, rs -> rs.getString(1), args);
		}

		private <T> @Nullable T queryValue(String sql, Column<T> column, Object... args) {
			try (PreparedStatement statement = this.db.prepareStatement(sql)) {
				for (int i = 0; i < args.length; i++) {
					statement.setObject(i + 1, args[i]);
				}
				try (ResultSet rs = statement.executeQuery()) {
					return rs.next() ? column.read(rs) : null;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
			}
		}

		private void update(String sql, Object... args) throws SQLException {
			try (PreparedStatement statement = this.db.prepareStatement(sql)) {
				for (int i = 0; i < args.length; i++) {
					statement.setObject(i + 1, args[i]);
				}
				statement.executeUpdate();
			}
		}

		/**
		 * The agent's configuration as staff would install it: a fresh credential for the
		 * demo terminal (stored hashed, as the portal stores it), the public key of the
		 * locker codes, the station's compartments on the mock board.
		 */
		private Path agentProperties(long terminal, long station, Path state) throws Exception {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String credential = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			String hash = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8)));
			update("UPDATE kiosk_device SET agent_credential_hash = ? WHERE id = ?", hash, terminal);
			Properties properties = new Properties();
			properties.setProperty("portal", "https://localhost:" + ClusterCheck.this.httpsPort + "/");
			properties.setProperty("credential", credential);
			properties.setProperty("stationId", Long.toString(station));
			properties.setProperty("pulse", "300ms");
			properties.setProperty("heartbeat", "5s");
			properties.setProperty("minBackoff", "200ms");
			properties.setProperty("maxBackoff", "1s");
			properties.setProperty("stateDir", state.toAbsolutePath().toString());
			properties.setProperty("mock", "true");
			try (Stream<Path> files = Files.list(ClusterCheck.this.keys)) {
				for (Path file : files.toList()) {
					Matcher matcher = Pattern.compile("locker-codes-([0-9a-f]{8})\\.pem")
						.matcher(file.getFileName().toString());
					if (matcher.matches()) {
						Matcher key = Pattern
							.compile("-----BEGIN PUBLIC KEY-----(.*?)-----END PUBLIC KEY-----", Pattern.DOTALL)
							.matcher(Files.readString(file));
						if (key.find()) {
							properties.setProperty("publicKey." + matcher.group(1), key.group(1).replaceAll("\\s", ""));
						}
					}
				}
			}
			try (PreparedStatement statement = this.db
				.prepareStatement("SELECT number FROM locker_compartment WHERE station_id = ? ORDER BY number")) {
				statement.setLong(1, station);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						int number = rs.getInt(1);
						properties.setProperty("compartment." + number + ".relayPin", Integer.toString(2 * number));
						properties.setProperty("compartment." + number + ".doorPin", Integer.toString(2 * number + 1));
					}
				}
			}
			Path file = ClusterCheck.this.work.resolve("locker-agent.properties");
			try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				properties.store(out, "the cluster check's locker agent");
			}
			return file;
		}

	}

	/** One part of the check. */
	private interface Step<T> {

		T run() throws Exception;

	}

	/** A reader of one column. */
	private interface Column<T> {

		@Nullable T read(ResultSet rs) throws SQLException;

	}

	/** A browser of one person (its own cookies), with its page. */
	private record Person(BrowserContext context, Page page) {

		void close() {
			this.context.close();
		}

	}

	// ---- starting and stopping

	private Map<String, String> environment() {
		return Map.of("GO_KEYS_DIRECTORY", this.keys.toAbsolutePath().toString());
	}

	private List<String> arguments(boolean embedded) {
		String publicUrl = "https://localhost:" + this.httpsPort;
		List<String> arguments = new ArrayList<>(List.of("--go.public-url=" + publicUrl,
				"--go.accounts.passkeys.allowed-origins=" + publicUrl,
				// the check's agent is the station's; no simulated one in an instance
				"--go.lockers.simulated-stations=false",
				// the code of the next hour's slot opens now (the check runs at any time)
				"--go.lockers.pickup-early=2h",
				// an event whose instance died is found and handed on in seconds, not
				// minutes (README, "Events between features after a crash")
				"--spring.modulith.events.staleness.published=5s", "--spring.modulith.events.staleness.processing=5s",
				"--spring.modulith.events.staleness.resubmission=10s",
				"--spring.modulith.events.staleness.check-intervall=1s", "--go.events.resubmission.interval=1s"));
		if (embedded) {
			arguments.addAll(List.of("--go.demo-data.enabled=true",
					"--go.embedded-database.data-dir=" + this.work.resolve("postgres").toAbsolutePath(),
					"--go.embedded-database.port=" + this.databasePort));
		}
		else {
			arguments.addAll(
					List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.databasePort + "/postgres",
							"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
							// started with the first instance, whose PostgreSQL is not up
							// yet
							"--spring.datasource.hikari.initialization-fail-timeout=" + START_TIMEOUT.toMillis()));
		}
		return arguments;
	}

	private Process startHaproxy() throws IOException {
		ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", this.haproxyConfig.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("haproxy.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("GO_HTTP_BIND", "127.0.0.1:" + this.httpPort);
		env.put("GO_HTTPS_BIND", "127.0.0.1:" + this.httpsPort);
		env.put("GO_TLS_CERTIFICATE", this.tls.toAbsolutePath().toString());
		env.put("GO_HAPROXY_STATS_BIND", "127.0.0.1:" + this.statsPort);
		env.put("GO_PORTAL_1", "127.0.0.1:" + this.one.port);
		env.put("GO_PORTAL_2", "127.0.0.1:" + this.two.port);
		Process haproxy = builder.start();
		this.helpers.add(haproxy);
		return haproxy;
	}

	private void awaitReady(Instance instance, @Nullable Process haproxy) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!instance.ready()) {
			if (!instance.alive()) {
				throw new IllegalStateException(
						instance + " ended while starting; its log's end:\n" + instance.tail(40));
			}
			if (haproxy != null && !haproxy.isAlive()) {
				throw new IllegalStateException("HAProxy ended: " + Files.readString(this.work.resolve("haproxy.log")));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(instance + " not ready within " + START_TIMEOUT.toMinutes()
						+ " minutes; its log's end:\n" + instance.tail(40));
			}
			Thread.sleep(100);
		}
	}

	/** Waits until HAProxy's health checks see the instances so. */
	private void awaitBalancer(Map<String, String> wanted) throws Exception {
		Map<String, String> states = Map.of();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			states = balancerStates();
			Map<String, String> seen = states;
			if (wanted.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), "").startsWith(e.getValue()))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("HAProxy still reports " + states + ", expected " + wanted);
	}

	private Map<String, String> balancerStates() {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.statsPort + "/;csv")).build(),
					HttpResponse.BodyHandlers.ofString());
			String[] lines = response.body().split("\n");
			List<String> header = List.of(lines[0].replaceFirst("^# ", "").split(","));
			Map<String, String> states = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				String[] cells = lines[i].split(",", -1);
				if (cells.length > header.indexOf("status") && "portals".equals(cells[0])
						&& cells[1].startsWith("portal-")) {
					states.put(cells[1], cells[header.indexOf("status")]);
				}
			}
			return states;
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Map.of();
		}
	}

	private synchronized void stopAll() {
		for (Instance instance : List.of(this.one, this.two)) {
			try {
				instance.stop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.helpers.forEach(Process::destroy);
		this.helpers.clear();
		stopDatabase();
	}

	/**
	 * The embedded PostgreSQL outlives a killed first instance (it is a process of its
	 * own); the check stops it at the end.
	 */
	private void stopDatabase() {
		Path pid = this.work.resolve("postgres").resolve("postmaster.pid");
		try {
			if (Files.exists(pid)) {
				long process = Long.parseLong(Files.readAllLines(pid).get(0).strip());
				ProcessHandle.of(process).ifPresent(postgres -> {
					postgres.destroy();
					postgres.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(ex -> null).join();
				});
			}
		}
		catch (IOException | RuntimeException ex) {
			System.out.println("test-cluster: could not stop the PostgreSQL of " + pid + ": " + ex);
		}
	}

	private void printLogs() {
		for (Instance instance : List.of(this.one, this.two)) {
			System.out.println("---- the end of " + instance.log());
			System.out.println(instance.tail(30));
		}
		System.out.println("(HAProxy's log: " + this.work.resolve("haproxy.log") + ")");
	}

	// ---- small things

	private void check(boolean ok, String what, String figure) {
		System.out.println((ok ? "ok   " : "FAIL ") + what + ": " + figure);
		if (!ok) {
			this.failures.add(what + ": " + figure);
		}
	}

	private void fail(String what, String why) {
		check(false, what, why);
	}

	private static void say(String format, @Nullable Object... args) {
		System.out.println("     " + String.format(Locale.ROOT, format, args));
	}

	private String url(String path) {
		return "https://localhost:" + this.httpsPort + path;
	}

	private String text(String key) {
		return Objects.requireNonNull(this.german.getProperty(key), key);
	}

	/**
	 * The German sentences of every key with this prefix (what comes before a
	 * placeholder; labels and button texts, which are short, left out).
	 */
	private List<String> texts(String prefix) {
		List<String> found = new ArrayList<>();
		for (String key : this.german.stringPropertyNames()) {
			String sentence = this.german.getProperty(key).split("\\{")[0].strip();
			if (key.startsWith(prefix) && sentence.length() >= 30) {
				found.add(sentence);
			}
		}
		return found;
	}

	private static boolean shows(Page page, List<String> texts) {
		return shownMessage(page, texts) != null;
	}

	private static @Nullable String shownMessage(Page page, List<String> texts) {
		String body = bodyText(page);
		return texts.stream().filter(t -> !t.isEmpty() && body.contains(t)).findFirst().orElse(null);
	}

	/**
	 * The title of an error page or Vaadin's own session message, if the page shows one.
	 */
	private @Nullable String errorShown(Page page) {
		String body = bodyText(page);
		List<String> errors = new ArrayList<>(List.of(text("error.internal.title"), text("error.not-found.title"),
				text("error.access-denied.title"), "Session Expired", "Internal error", "Server connection lost"));
		return errors.stream().filter(body::contains).findFirst().orElse(null);
	}

	private static String abbreviated(String text) {
		return text.length() <= 400 ? text : text.substring(0, 400) + " …";
	}

	private static String bodyText(Page page) {
		try {
			Object text = page.evaluate("() => document.body ? document.body.innerText : ''");
			return text == null ? "" : text.toString().replaceAll("\\s+", " ").strip();
		}
		catch (PlaywrightException ex) {
			return "(the page cannot be read: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse("") + ")";
		}
	}

	private static @Nullable String serverCookie(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter(c -> c.name.equals("GOSERVER"))
			.map(c -> c.value)
			.findFirst()
			.orElse(null);
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first();
	}

	private static void waitForHeading(Page page, String text) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(heading(page))
			.hasText(text,
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
	}

	private static void waitForHeading(Page page, Pattern text) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(heading(page))
			.hasText(text,
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
	}

	private static boolean waitForHeadingOrFalse(Page page, Pattern text, Duration max) {
		try {
			com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(heading(page))
				.hasText(text, new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
					.setTimeout(max.toMillis()));
			return true;
		}
		catch (AssertionError ex) {
			return false;
		}
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** A platform authenticator in Chromium (DevTools) that makes and holds passkeys. */
	private static void virtualAuthenticator(Page page) {
		CDPSession devTools = page.context().newCDPSession(page);
		JsonObject enable = new JsonObject();
		enable.addProperty("enableUI", false);
		devTools.send("WebAuthn.enable", enable);
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		JsonObject authenticator = new JsonObject();
		authenticator.add("options", options);
		devTools.send("WebAuthn.addVirtualAuthenticator", authenticator);
	}

	/** The agent in this JVM trusts the throw-away certificate HAProxy shows. */
	private void trustOurCertificate() throws Exception {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		store.setCertificateEntry("haproxy", CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(this.certificate))));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		SSLContext.setDefault(context);
	}

	/** Polls (every 50 ms) until the condition holds; false after {@code max}. */
	private static boolean awaitTrue(Duration max, BooleanSupplier condition) {
		long deadline = System.nanoTime() + max.toNanos();
		while (true) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	private static <T> @Nullable T awaitValue(Duration max, java.util.function.Supplier<@Nullable T> value) {
		Map<String, T> found = new HashMap<>();
		awaitTrue(max, () -> {
			T now = value.get();
			if (now != null) {
				found.put("value", now);
			}
			return now != null;
		});
		return found.get("value");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port on this machine", ex);
		}
	}

	private static boolean onPath(String command) {
		String path = Objects.requireNonNullElse(System.getenv("PATH"), "/usr/sbin:/usr/bin:/sbin:/bin");
		return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}

}
