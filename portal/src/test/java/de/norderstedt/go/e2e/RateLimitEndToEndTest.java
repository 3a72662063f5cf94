package de.norderstedt.go.e2e;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import de.norderstedt.go.Application;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.UidlMessages;
import de.norderstedt.go.web.Codes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing booking codes does not pay: after a few lookups from one address every answer
 * is "too many tries", on every portal instance (the buckets are rows in the shared
 * database), while a person at another address still opens her ticket. The limits are set
 * low here and per hour, so that no bucket fills up again while the test runs.
 */
@TestPropertySource(properties = { "go.rate-limits.code-lookups=" + RateLimitEndToEndTest.LIMIT,
		"go.rate-limits.code-lookups-per-target=" + RateLimitEndToEndTest.LIMIT,
		"go.rate-limits.code-lookup-period=1h" })
class RateLimitEndToEndTest extends EndToEndTest {

	static final int LIMIT = 20;

	private static final String LIMITED = "Zu viele Versuche in kurzer Zeit.";

	/** The wait in words: the buckets here are full again after an hour. */
	private static final Pattern WAIT = Pattern
		.compile("Zu viele Versuche in kurzer Zeit\\. Bitte versuchen Sie es in \\d+ Minuten wieder\\.");

	private static final Pattern ANSWER = Pattern.compile("Diesen Buchungscode kennen wir nicht.*|" + WAIT.pattern());

	/** The id of the ticket's code on the page: only a shown ticket has it. */
	private static final String TICKET_CODE = "ticket-code";

	private static final String UNKNOWN = "Diesen Buchungscode kennen wir nicht";

	@Autowired
	TestCourses courses;

	@Autowired
	BookingService bookings;

	@Autowired
	DataSource dataSource;

	@Test
	void a_thousand_guessed_codes_from_one_address_find_nothing_on_either_instance_while_another_address_opens_its_ticket()
			throws Exception {
		long date = this.courses.dateWithCapacity(3);
		this.accounts.signOut();
		Booking gisela = this.bookings.book(new BookingRequest(date, "Gisela Gast", "040 999888", null, false));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class).run(
				"--spring.datasource.url=" + pool.getJdbcUrl(), "--spring.datasource.username=" + pool.getUsername(),
				"--spring.datasource.password=" + pool.getPassword(), "--server.port=0", "--go.lockers.reminders=false",
				// an instance with its own database names its public address, as in
				// production
				"--go.public-url=http://localhost", "--go.lockers.simulated-stations=false",
				"--go.notifications.delivery.scheduled=false", "--go.rate-limits.code-lookups=" + LIMIT,
				"--go.rate-limits.code-lookups-per-target=" + LIMIT, "--go.rate-limits.code-lookup-period=1h")) {
			int secondPort = java.util.Objects
				.requireNonNull(second.getEnvironment().getProperty("local.server.port", Integer.class));
			Client attacker = new Client("127.0.0.1");

			List<String> answers = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				// the real code among the guesses, long after the limit
				String code = i == 500 ? gisela.code() : guess(i, gisela.code());
				answers.add(attacker.ticketPage(i % 2 == 0 ? this.port : secondPort, code));
			}
			for (int i = 0; i < answers.size(); i++) {
				String answer = answers.get(i);
				// no ticket: neither its code nor its name
				assertThat(answer).as("answer %d", i).doesNotContain(TICKET_CODE).doesNotContain("Gisela");
				if (i < LIMIT) {
					assertThat(answer).as("answer %d", i).contains(UNKNOWN).doesNotContain(LIMITED);
				}
				else {
					// both instances count into one bucket: the limit is not twice as
					// high
					assertThat(answer).as("answer %d", i).contains(LIMITED).doesNotContain(UNKNOWN);
				}
			}
			// the calendar file, not a Vaadin page, answers 429 with the time to wait
			HttpResponse<String> calendar = attacker.get(secondPort, "/ticket/" + gisela.code() + "/kalender.ics");
			assertThat(calendar.statusCode()).isEqualTo(429);
			assertThat(calendar.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 3600L);
			assertThat(calendar.body()).doesNotContain("BEGIN:VCALENDAR");

			// Gisela, from her own address, is not affected on either instance
			Client owner = new Client("127.0.0.2");
			for (int instance : new int[] { this.port, secondPort }) {
				String ticket = owner.ticketPage(instance, gisela.code());
				assertThat(ticket).contains(TICKET_CODE).doesNotContain(LIMITED);
				// a finder of the code learns the first name only
				assertThat(ticket).contains("Gisela G.").doesNotContain("Gast").doesNotContain("999888");
			}
			HttpResponse<String> ownCalendar = owner.get(this.port, "/ticket/" + gisela.code() + "/kalender.ics");
			assertThat(ownCalendar.statusCode()).isEqualTo(200);
			assertThat(ownCalendar.body()).contains("BEGIN:VCALENDAR");
		}
	}

	@Test
	void someone_who_typed_too_many_codes_reads_when_to_try_again_at_the_field_and_on_the_ticket_page() {
		open("/buchung");
		Locator field = this.page.getByLabel("Buchungscode", new Page.GetByLabelOptions().setExact(true));
		Locator alert = this.page.getByRole(AriaRole.MAIN).getByRole(AriaRole.ALERT);
		// this browser may share its address with the other test: it types until it is
		// limited, which is after LIMIT tries at the most
		for (int i = 0; i <= LIMIT; i++) {
			field.fill(guess(2000 + i, ""));
			button("Buchung anzeigen").click();
			// the answer to this try, not the one before (same words for every unknown
			// code)
			idle();
			assertThat(alert).hasText(i < LIMIT ? ANSWER : WAIT);
			if (WAIT.matcher(alert.textContent()).matches()) {
				break;
			}
		}
		assertThat(alert).hasText(WAIT);
		String said = alert.textContent();
		org.assertj.core.api.Assertions.assertThat(said).matches(WAIT);
		assertRefusedAt(field, said);
		PageChecks.assertAccessible(this.page, "booking search, limited");
		pictures("rate-limit-booking-search");

		open("/ticket/" + guess(3000, ""));
		assertThat(heading1()).hasText("Zu viele Versuche");
		assertThat(this.page.getByRole(AriaRole.MAIN).getByRole(AriaRole.ALERT)).hasText(WAIT);
		assertThat(this.page.locator("#ticket-code")).hasCount(0);
		assertThat(this.page).hasTitle(Pattern.compile("^Zu viele Versuche.*"));
		PageChecks.assertAccessible(this.page, "ticket page, limited");
		pictures("rate-limit-ticket");
	}

	/**
	 * The page at 100 % and 200 % text, for people to look at (-Dgo.screenshots=true).
	 */
	private void pictures(String name) {
		PageChecks.screenshot(this.page, name);
		PageChecks.setTextSize(this.page, 200);
		PageChecks.screenshot(this.page, name + "-200");
		PageChecks.setTextSize(this.page, 100);
	}

	/** A well-formed code that is not the real one. */
	private static String guess(int i, String real) {
		StringBuilder code = new StringBuilder();
		int n = i;
		for (int digit = 0; digit < 8; digit++) {
			code.append(Codes.ALPHABET.charAt(n % Codes.ALPHABET.length()));
			n /= Codes.ALPHABET.length();
		}
		String guessed = code.reverse().toString();
		return guessed.equals(real) ? guess(i + 100_000, real) : guessed;
	}

	/**
	 * An HTTP client from one loopback address (Linux answers on all of 127.0.0.0/8),
	 * that opens a Vaadin page as the browser does: the page, then the first server round
	 * trip that renders the view.
	 */
	private static final class Client {

		private final HttpClient http;

		Client(String address) throws Exception {
			this.http = HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(address))
				.cookieHandler(new CookieManager())
				.build();
		}

		HttpResponse<String> get(int port, String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Accept-Language", "de-DE")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/**
		 * What the ticket page of a code says: the texts of its first rendering, as the
		 * browser asks for it (a new page of the session, then its navigation to the
		 * ticket's route).
		 */
		String ticketPage(int port, String code) throws Exception {
			HttpResponse<String> init = get(port,
					"/?v-r=init&location=" + URLEncoder.encode("ticket/" + code, StandardCharsets.UTF_8) + "&query=");
			assertThat(init.statusCode()).isEqualTo(200);
			JsonObject config = JsonParser.parseString(init.body()).getAsJsonObject().getAsJsonObject("appConfig");
			int uiId = config.get("v-uiId").getAsInt();
			JsonObject uidl = config.getAsJsonObject("uidl");
			String message = UidlMessages.navigation("ticket/" + code, uidl.get("Vaadin-Security-Key").getAsString(),
					uidl.get("syncId").getAsInt(), 0);
			HttpResponse<String> rendered = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?v-r=uidl&v-uiId=" + uiId))
					.header("Content-Type", "application/json; charset=UTF-8")
					.header("Accept-Language", "de-DE")
					.POST(HttpRequest.BodyPublishers.ofString(message))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(rendered.statusCode()).isEqualTo(200);
			return rendered.body();
		}

	}

}
