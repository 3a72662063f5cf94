package de.norderstedt.go.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.news.TestNews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as an app on a phone (issue #23): Chromium finds it installable, a kiosk
 * serves no manifest; after a visit, without a connection, the resident's ticket shows
 * with a QR code that still scans, her locker reservation with its code, the last news
 * she opened, and the offline page for everything else; after she signs out, nothing of
 * hers is in any of the browser's caches. The whole Chromium (the headless shell has no
 * installability check).
 */
class InstalledAppEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses courses;

	@Autowired
	BookingService bookings;

	@Autowired
	TestLockers lockers;

	@Autowired
	TestNews news;

	@Override
	Browser browser() {
		return Browsers.chromiumWithPush();
	}

	@Test
	void chromium_finds_the_portal_installable_in_both_languages_and_a_kiosk_serves_no_manifest() throws Exception {
		Path profile = Files.createTempDirectory("go-app-profile");
		try (BrowserContext browser = Browsers.chromiumWithProfile(profile)) {
			Page phone = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
			phone.navigate(url("/"));
			phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
			phone.waitForFunction("() => navigator.serviceWorker.controller !== null");
			CDPSession devTools = browser.newCDPSession(phone);
			JsonObject installability = devTools.send("Page.getInstallabilityErrors");
			assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
			JsonObject manifest = devTools.send("Page.getAppManifest");
			assertThat(manifest.get("url").getAsString()).endsWith("/app/manifest.webmanifest?sprache=de");
			assertThat(manifest.getAsJsonArray("errors")).as(manifest.toString()).isEmpty();
			assertThat(manifest.get("data").getAsString()).contains("\"name\":\"Norderstedt GO! – Ihre Stadt-App\"")
				.contains("\"display\":\"standalone\"")
				.contains("\"start_url\":\"/\"");

			// in English, the manifest in English
			phone.navigate(url("/?sprache=en"));
			phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
			assertThat(phone.locator("link[rel=manifest]")).hasAttribute("href",
					Pattern.compile(".*/app/manifest\\.webmanifest\\?sprache=en$"));
			assertThat(devTools.send("Page.getAppManifest").get("data").getAsString())
				.contains("\"name\":\"Norderstedt GO! – your city app\"");
			assertThat(devTools.send("Page.getInstallabilityErrors").getAsJsonArray("installabilityErrors")).isEmpty();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile);
		}
		// every icon the manifest names is there, a PNG
		for (int size : new int[] { 48, 72, 96, 144, 192, 256, 384, 512 }) {
			assertThat(this.page.request().get(url("/app/icons/icon-" + size + ".png")).headers().get("content-type"))
				.isEqualTo("image/png");
		}

		// a kiosk: no manifest, so no browser offers to install anything there, and no
		// app of its own
		enrollThisBrowser();
		this.page.navigate(url("/kiosk/start"));
		heading1().waitFor();
		assertThat(this.page.locator("link[rel=manifest]")).hasCount(0);
		assertThat(this.page.locator("meta[name=theme-color]")).hasCount(0);
		CDPSession kiosk = this.context.newCDPSession(this.page);
		assertThat(kiosk.send("Page.getAppManifest").get("url").getAsString()).isEmpty();
		// and a portal page on the enrolled kiosk browser neither
		this.page.navigate(url("/kurse"));
		heading1().waitFor();
		assertThat(this.page.locator("link[rel=manifest]")).hasCount(0);
		assertThat(this.page.evaluate("() => navigator.serviceWorker.getRegistrations().then(r => r.length)"))
			.isEqualTo(0);
	}

	@Test
	void without_a_connection_her_ticket_reservation_and_news_show_and_after_sign_out_nothing_of_hers_is_cached() {
		String aylin = "app-aylin";
		this.accounts.ensure(aylin, Role.RESIDENT);
		this.accounts.reset(aylin);
		Booking booking = book(aylin);
		TestLockers.TestStation station = this.lockers.station("App-Station " + System.nanoTime(), 2,
				ItemType.ROLLATOR);
		Reservation reservation = this.lockers.reserve(aylin, station.id(), ItemType.ROLLATOR,
				TestLockers.nextHour().plus(Duration.ofHours(2)), 2);
		AccessPass pass = this.lockers.pass(aylin, reservation.id());
		long announcement = this.news.published("Baustelle in Garstedt " + System.nanoTime());

		signIn(aylin);
		waitForTheServiceWorker();
		String ticket = "/ticket/" + booking.code();
		String reserved = "/schliessfaecher/reservierung/" + reservation.id();
		String read = "/neuigkeiten/" + announcement;
		open(ticket);
		waitUntilKept(ticket);
		open(reserved);
		waitUntilKept(reserved);
		open(read);
		waitUntilKept(read);

		this.context.setOffline(true);
		try {
			// her ticket, with a QR code that the check-in still scans
			this.page.navigate(url(ticket));
			assertThat(heading1()).hasText("Ihr Ticket");
			String grouped = booking.code().substring(0, 4) + " " + booking.code().substring(4);
			Locator qr = this.page.getByRole(AriaRole.IMG,
					new Page.GetByRoleOptions().setName("QR-Code des Tickets mit dem Buchungscode " + grouped));
			assertThat(decoded(qr)).isEqualTo(booking.code());
			assertThat(this.page.getByText(Pattern.compile("^Gespeichert am "))).isVisible();
			checkAtTwoTextSizes(this.page, "app-offline-ticket", 48);

			// her reservation with the code that opens the compartment
			this.page.navigate(url(reserved));
			assertThat(heading1()).hasText("Ihre Reservierung: Rollator");
			assertThat(this.page.locator("#locker-code"))
				.hasText(pass.numericCode().substring(0, 4) + " " + pass.numericCode().substring(4));
			assertThat(decoded(this.page.getByRole(AriaRole.IMG,
					new Page.GetByRoleOptions().setName(Pattern.compile("^QR-Code")))))
				.isEqualTo(pass.qrText());
			checkAtTwoTextSizes(this.page, "app-offline-reservation", 48);

			// the last news she opened
			this.page.navigate(url(read));
			assertThat(heading1()).hasText(Pattern.compile("^Baustelle in Garstedt"));

			// everything else: the offline page, which lists what she has
			this.page.navigate(url("/kurse"));
			assertThat(heading1()).hasText("Keine Verbindung zum Internet");
			Locator saved = this.page.getByRole(AriaRole.REGION,
					new Page.GetByRoleOptions().setName("Für Sie gespeichert"));
			assertThat(saved.getByRole(AriaRole.LINK)).hasCount(3);
			assertThat(saved.getByRole(AriaRole.LINK).first()).hasText(Pattern.compile("^Ticket: "));
			checkAtTwoTextSizes(this.page, "app-offline-page", 48);
			saved.getByRole(AriaRole.LINK).first().click();
			assertThat(heading1()).hasText("Ihr Ticket");
		}
		finally {
			this.context.setOffline(false);
		}

		open("/");
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		this.page.waitForURL(Pattern.compile(".*/$"));
		heading1().waitFor();
		// nothing of hers in any cache: only the offline page's two languages are left
		@SuppressWarnings("unchecked")
		Map<String, List<String>> caches = (Map<String, List<String>>) this.page.evaluate(
				"""
						async () => {
						  const all = {};
						  for (const name of await caches.keys()) {
						    const cache = await caches.open(name);
						    all[name] = (await cache.keys()).map(request => new URL(request.url).pathname + new URL(request.url).search);
						  }
						  return all;
						}""");
		assertThat(caches).containsOnlyKeys("go-app-1");
		assertThat(caches.get("go-app-1")).containsExactlyInAnyOrder("/app/ohne-verbindung?sprache=de",
				"/app/ohne-verbindung?sprache=en");

		// and without a connection her ticket is gone too
		this.context.setOffline(true);
		try {
			this.page.navigate(url(ticket));
			assertThat(heading1()).hasText("Keine Verbindung zum Internet");
			assertThat(this.page.getByText(Pattern.compile("^Noch nichts gespeichert"))).isVisible();
		}
		finally {
			this.context.setOffline(false);
		}
	}

	@Test
	void a_ticket_of_someone_else_is_never_kept_and_another_sign_in_removes_the_first_persons_copies() {
		String first = "app-first";
		String second = "app-second";
		this.accounts.ensure(first, Role.RESIDENT);
		this.accounts.ensure(second, Role.RESIDENT);
		this.accounts.reset(first);
		this.accounts.reset(second);
		Booking hers = book(first);
		Booking his = book(second);

		signIn(first);
		waitForTheServiceWorker();
		open("/ticket/" + hers.code());
		waitUntilKept("/ticket/" + hers.code());
		// someone else's ticket, opened with its code: shown, but never kept
		open("/ticket/" + his.code());
		assertThat(this.page.locator("#ticket-code")).isVisible();
		assertThat(keepResult("/ticket/" + his.code())).isEqualTo("gone");
		assertThat(kept()).containsExactly("/app/besitzer", "/ticket/" + hers.code());
		// the server answers no one's copy but her own
		assertThat(this.page.request().get(url("/app/kopie/ticket/" + his.code())).status()).isEqualTo(404);

		// the session ends without a sign-out, another person signs in on the same
		// browser: her copies are gone before anything of his is kept
		this.context.clearCookies();
		signIn(second);
		this.page.waitForCondition(() -> kept().isEmpty());
		open("/ticket/" + his.code());
		waitUntilKept("/ticket/" + his.code());
		assertThat(kept()).containsExactly("/app/besitzer", "/ticket/" + his.code());
	}

	private Booking book(String username) {
		long date = this.courses.dateWithCapacity(5);
		this.accounts.signIn(username);
		try {
			return this.bookings.book(new BookingRequest(date, "Aylin Yıldız", null, null, true));
		}
		finally {
			this.accounts.signOut();
		}
	}

	private void waitForTheServiceWorker() {
		this.page.waitForFunction("() => navigator.serviceWorker.controller !== null");
	}

	/** Waits until the app keeps a copy for the page (the page asked for it itself). */
	private void waitUntilKept(String path) {
		this.page.waitForCondition(() -> kept().contains(path));
	}

	/** What the page's own keeping of a copy answers for this path. */
	private String keepResult(String path) {
		return (String) this.page.evaluate("p => window.goApp.keep(p, '/app/kopie' + p + '?sprache=de')", path);
	}

	/** The paths of what the app keeps for the person, in order. */
	@SuppressWarnings("unchecked")
	private List<String> kept() {
		return (List<String>) this.page.evaluate("""
				async () => {
				  if (!(await caches.has('go-saved'))) {
				    return [];
				  }
				  const cache = await caches.open('go-saved');
				  return (await cache.keys()).map(request => new URL(request.url).pathname).sort();
				}""");
	}

}
