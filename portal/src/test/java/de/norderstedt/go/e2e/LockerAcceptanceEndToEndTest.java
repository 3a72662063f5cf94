package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.ReservationStatus;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.qr.QrCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7's acceptance: a resident reserves a rollator in the portal; the locker
 * terminal's camera sees the QR code of her reservation page; exactly that compartment's
 * relay pulses; the door closes; the reservation is picked up. The return goes the same
 * way, with a damage report.
 */
class LockerAcceptanceEndToEndTest extends EndToEndTest {

	private static final Pattern RESERVATION = Pattern.compile("/schliessfaecher/reservierung/(\\d+)");

	@Autowired
	TestLockers lockers;

	@Test
	void a_rollator_is_reserved_picked_up_with_the_camera_and_brought_back_damaged() {
		TestLockers.TestStation station = this.lockers.station("Stadtpark Abnahme", 3, ItemType.ROLLATOR);
		this.accounts.ensure("abnahme-helga", de.norderstedt.go.accounts.Role.RESIDENT);

		// 1. Helga reserves a rollator in the portal
		signIn("abnahme-helga");
		open("/schliessfaecher");
		Locator stations = this.page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName("Station wählen"));
		if (stations.count() > 0) {
			stations.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(station.name())).check();
		}
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Rollator").setExact(true)).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Heute"))).click();
		settle();
		Locator free = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("frei$")));
		if (!free.first().isVisible()) {
			// late in the evening today has no slot left
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen")))
				.click();
		}
		free.first().click();
		settle();
		assertThat(this.page.getByText(Pattern.compile("^Gewählt: "))).isVisible();
		assertAccessible(this.page, "acceptance: reserving a rollator");
		button("Reservieren").click();
		try {
			this.page.waitForURL(RESERVATION);
		}
		catch (RuntimeException ex) {
			this.page.screenshot(
					new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("/tmp/acc-fail.png")).setFullPage(true));
			throw ex;
		}
		Matcher id = RESERVATION.matcher(this.page.url());
		assertThat(id.find()).isTrue();
		long reservationId = Long.parseLong(id.group(1));
		Reservation reserved = this.lockers.reservation(reservationId);
		assertThat(reserved.status()).isEqualTo(ReservationStatus.RESERVED);
		assertThat(reserved.stationId()).isEqualTo(station.id());
		// her slot begins now (the slot she chose may be later today or tomorrow)
		this.lockers.startNow(reservationId);
		this.page.reload();

		// 2. the reservation page's QR code is what the terminal's camera sees
		String pickup = qrCodeOnPage("QR-Code zum Abholen");
		assertThat(pickup).isEqualTo(this.lockers.pass("abnahme-helga", reservationId).qrText());
		assertAccessible(this.page, "acceptance: reservation with pickup code");
		screenshot(this.page, "lockers-acceptance-pickup-code");

		// 3. at the terminal: exactly that compartment opens
		int compartment = reserved.compartmentNumber();
		showToTerminal(station, pickup, terminal -> {
			assertThat(terminal.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Fach " + compartment);
			assertThat(this.lockers.pulses(station.id())).containsExactly(compartment);
			await().atMost(Duration.ofSeconds(15))
				.until(() -> terminal.spoken()
					.stream()
					.anyMatch(text -> text.contains("Bitte nehmen Sie den Rollator heraus")));
			kioskChecks(terminal.page(), "acceptance: terminal, compartment open for pickup");
			screenshot(terminal.page(), "lockers-acceptance-terminal-open");

			// Helga takes the rollator and closes the door
			this.lockers.door(station.id(), compartment, false);
			assertThat(terminal.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Gute Fahrt!");
			kioskChecks(terminal.page(), "acceptance: terminal, picked up");
		});
		Reservation pickedUp = this.lockers.reservation(reservationId);
		assertThat(pickedUp.status()).isEqualTo(ReservationStatus.PICKED_UP);
		assertThat(pickedUp.pickedUpAt()).isNotNull();

		// 4. the return: the page now shows the return code
		this.page.reload();
		String giveBack = qrCodeOnPage("QR-Code zum Zurückgeben");
		AccessPass returnPass = this.lockers.pass("abnahme-helga", reservationId);
		assertThat(returnPass.action()).isEqualTo(CodeAction.RETURN);
		assertThat(giveBack).isEqualTo(returnPass.qrText());
		showToTerminal(station, giveBack, terminal -> {
			Page screen = terminal.page();
			assertThat(screen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Fach " + compartment);
			assertThat(this.lockers.pulses(station.id())).containsExactly(compartment, compartment);
			this.lockers.door(station.id(), compartment, false);
			assertThat(screen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Wie ist der Zustand?");
			kioskChecks(screen, "acceptance: terminal, condition check");
			screenshot(screen, "lockers-acceptance-terminal-condition");
			screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschädigt").setExact(true)).tap();
			assertThat(screen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Danke!");
			kioskChecks(screen, "acceptance: terminal, thanks");
		});
		Reservation returned = this.lockers.reservation(reservationId);
		assertThat(returned.status()).isEqualTo(ReservationStatus.RETURNED);
		assertThat(returned.returnCondition()).isEqualTo(ItemCondition.DAMAGED);
		// no other relay moved
		assertThat(this.lockers.pulses(station.id())).containsExactly(compartment, compartment);
	}

	/** Waits until Vaadin has no request under way (the screen re-renders after each). */
	private void settle() {
		this.page.waitForFunction(
				"() => window.Vaadin && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
	}

	private String qrCodeOnPage(String name) {
		Locator code = this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(name));
		assertThat(code).isVisible();
		assertThat(code.boundingBox().width).isGreaterThanOrEqualTo(200);
		return QrCodes.read(code.screenshot()).orElseThrow();
	}

	private record Terminal(Page page, List<String> spoken) {
	}

	private interface AtTerminal {

		void run(Terminal terminal);

	}

	/** A terminal whose camera shows the code, on a touchscreen. */
	private void showToTerminal(TestLockers.TestStation station, String code, AtTerminal steps) {
		try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(code));
				BrowserContext screen = camera.newContext(new Browser.NewContextOptions().setLocale("de-DE")
					.setViewportSize(1280, 1024)
					.setHasTouch(true))) {
			screen.setDefaultTimeout(20_000);
			screen.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
			screen.addCookies(
					List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, station.terminalCredential()).setUrl(url("/"))
						.setHttpOnly(true)));
			Page page = screen.newPage();
			List<String> spoken = recordSpokenTexts(page);
			page.navigate(url("/kiosk/locker"));
			steps.run(new Terminal(page, spoken));
		}
	}

	private static void kioskChecks(Page page, String name) {
		assertAccessible(page, name);
		assertTouchTargets(page, 64, name);
	}

}
