package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * The built portal's command line, as an operator starts it (the container image does the
 * same): against an external, empty database and without the demo flag it loads no demo
 * account and prints a one-time link for the first admin, which works once.
 */
class FirstStartEndToEndTest extends EndToEndTest {

	private static final Path JAR = Path.of("target/portal.jar");

	private static final Pattern LINK = Pattern.compile("(http://\\S+/einrichten/[A-Za-z0-9_-]{43})");

	@Autowired
	DataSource dataSource;

	@Test
	void without_the_demo_flag_the_first_start_loads_no_demo_and_prints_a_setup_link_that_works_once(@TempDir Path work)
			throws Exception {
		assertThat(JAR).as("the built portal (mvn package runs before the end-to-end tests)").exists();
		String database = "first_start_" + System.nanoTime() % 1_000_000;
		String url;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.createStatement().execute("CREATE DATABASE " + database);
			url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = work.resolve("portal.log");
		Process portal = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString(), "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--server.port=" + port,
				"--go.public-url=http://localhost:" + port, "--go.lockers.reminders=false"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			String link = await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> Optional.ofNullable(setupLink(log, portal)), Optional::isPresent)
				.orElseThrow();
			assertThat(accounts(url)).as("no demo account").isZero();

			this.page.navigate(link);
			assertThat(heading1()).hasText("Die erste Verwaltung einrichten");
			checkAtTwoTextSizes(this.page, "first-admin", 48);
			this.page.getByLabel("Benutzername").fill("verwaltung");
			this.page.getByLabel("Angezeigter Name").fill("Verwaltung Norderstedt");
			this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill("ein-langes-passwort");
			this.page.getByLabel("Passwort wiederholen").fill("ein-anderes-passwort");
			button("Konto anlegen").click();
			assertRefusedAt(this.page.getByLabel("Passwort wiederholen"),
					"Die beiden Passwörter sind nicht gleich. Bitte geben Sie es noch einmal ein.");
			assertThat(accounts(url)).isZero();
			this.page.getByLabel("Passwort wiederholen").fill("ein-langes-passwort");
			button("Konto anlegen").click();
			assertThat(heading1()).hasText("Das Konto für die Verwaltung ist angelegt");
			assertThat(accounts(url)).isOne();

			// once: the same link now offers nothing
			this.page.navigate(link);
			assertThat(heading1()).hasText("Dieser Link funktioniert nicht mehr");
			checkAtTwoTextSizes(this.page, "first-admin-closed", 48);
		}
		finally {
			portal.destroy();
			if (!portal.waitFor(30, TimeUnit.SECONDS)) {
				portal.destroyForcibly().waitFor();
			}
		}
	}

	private static @Nullable String setupLink(Path log, Process portal) throws IOException {
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (!portal.isAlive()) {
			throw new IllegalStateException("the portal stopped:\n" + output);
		}
		Matcher matcher = LINK.matcher(output);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static int accounts(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM account")) {
			count.next();
			return count.getInt(1);
		}
	}

}
