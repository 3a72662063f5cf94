package de.norderstedt.go.e2e;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.lockers.CompartmentSize;
import de.norderstedt.go.lockers.CompartmentState;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.NewCompartment;
import de.norderstedt.go.lockers.NewItem;
import de.norderstedt.go.lockers.NewStation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertNoHorizontalScrolling;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;

/**
 * The locker screens: reserving a rollator in the portal, my reservations, the
 * reservation with its QR and typed code, the staff pages, and the terminal refusing a
 * wrong number typed on its keypad. (The camera pickup and return with relay pulses is
 * the acceptance test's.)
 */
class LockersEndToEndTest extends EndToEndTest {

	@Autowired
	LockerAdminService admin;

	@Autowired
	LockerService lockers;

	/** A station made through the services, with its terminal. */
	record TestStation(long id, String name, TestDevices.Terminal terminal) {
	}

	@Test
	void a_resident_reserves_a_rollator_step_by_step_and_gets_a_code_to_show_or_type() {
		TestStation station = station();
		String resident = "lockers-resident-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);

		open("/schliessfaecher");
		assertThat(heading1()).hasText("Schließfächer im Stadtpark");
		assertThat(link("Anmelden, um zu reservieren")).isVisible();
		checkPortal("lockers-anonymous");

		signIn(resident);
		link("Schließfächer").click();
		assertThat(heading1()).hasText("Schließfächer im Stadtpark");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Rollator")).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen"))).click();
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2 Stunden")).check();
		Locator slot = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^10:00–12:00 · \\d+ frei$")));
		slot.click();
		assertThat(slot).hasAttribute("aria-pressed", "true");
		Locator height = this.page.getByLabel("Ich brauche ein Fach in Greifhöhe (40–120 cm)");
		height.check();
		checkPortal("lockers-reserve");
		button("Reservieren").click();

		this.page.waitForURL(Pattern.compile(".*/schliessfaecher/reservierung/\\d+$"));
		assertThat(heading1()).hasText("Ihre Reservierung: Rollator");
		assertThat(this.page.getByText(station.name(), new Page.GetByTextOptions())).isVisible();
		Locator qr = this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-Code zum Abholen"));
		assertThat(qr).isVisible();
		double width = qr.boundingBox().width;
		org.assertj.core.api.Assertions.assertThat(width).as("QR code width").isGreaterThanOrEqualTo(260);
		org.assertj.core.api.Assertions.assertThat(decoded(qr)).isNotBlank();
		assertThat(this.page.locator("#locker-code")).hasText(Pattern.compile("^\\d{4} \\d{4}$"));
		checkPortal("lockers-reservation");

		link("Meine Reservierungen").first().click();
		assertThat(heading1()).hasText("Meine Reservierungen");
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Reservierung ansehen: Rollator"))))
			.isVisible();
		checkPortal("lockers-mine");

		// without a time chosen nothing is reserved, and the page says why
		link("Schließfächer").click();
		button("Reservieren").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("Bitte wählen Sie zuerst eine Uhrzeit.");
	}

	@Test
	void staff_see_stations_the_live_board_compartments_and_overdue_items() {
		TestStation station = station();
		String staff = "lockers-staff-" + System.nanoTime();
		this.accounts.ensure(staff, Role.LOCKER_STAFF);
		signIn(staff);

		link("Schließfächer verwalten").click();
		assertThat(heading1()).hasText("Schließfächer verwalten");
		checkPortal("lockers-admin");

		link("Live-Ansicht der Station " + station.name()).click();
		assertThat(heading1()).hasText("Live-Ansicht: " + station.name());
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fach 1"))).isVisible();
		assertThat(this.page.getByText("Tür geschlossen").first()).isVisible();
		checkPortal("lockers-board");
		// simulated station: staff open a door as a person would; the board follows
		button("Tür von Fach 1 öffnen (Simulation)").click();
		assertThat(this.page.getByText("Tür offen").first()).isVisible();
		button("Tür von Fach 1 schließen (Simulation)").click();

		open("/schliessfaecher/verwaltung/" + station.id() + "/faecher");
		assertThat(heading1()).hasText("Fächer und Gegenstände: " + station.name());
		checkPortal("lockers-compartments");

		open("/schliessfaecher/ueberfaellig");
		assertThat(heading1()).hasText("Überfällige Rückgaben");
		checkPortal("lockers-overdue");
	}

	@Test
	void the_terminal_refuses_a_wrong_number_typed_on_its_keypad_and_says_why() {
		TestStation station = station();
		useTouchScreen();
		this.context.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, station.terminal().credential()).setUrl(url("/"))
					.setHttpOnly(true)));
		List<String> spoken = recordSpokenTexts();

		open("/kiosk/locker");
		assertThat(heading1()).hasText("Schließfach öffnen");
		assertThat(this.page.getByText("Halten Sie Ihren QR-Code vor die Kamera.")).isVisible();
		checkKiosk("lockers-terminal-start");
		button("Code eintippen").tap();

		assertThat(heading1()).hasText("Code eintippen");
		Locator pad = this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ziffern"));
		assertThat(pad.getByRole(AriaRole.BUTTON, exactly("Öffnen"))).isDisabled();
		for (char digit : "12345678".toCharArray()) {
			pad.getByRole(AriaRole.BUTTON, exactly(String.valueOf(digit))).tap();
		}
		assertThat(this.page.locator("#locker-digits")).hasText("1234 5678");
		checkKiosk("lockers-terminal-keypad");
		pad.getByRole(AriaRole.BUTTON, exactly("Öffnen")).tap();

		assertThat(heading1()).hasText("Das Fach bleibt zu");
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie die Ziffern.");
		checkKiosk("lockers-terminal-refused");
		this.page.waitForCondition(() -> spoken.stream().anyMatch(s -> s.contains("Bitte prüfen Sie die Ziffern.")));
		button("Nochmal versuchen").tap();
		assertThat(heading1()).hasText("Schließfach öffnen");
	}

	private void checkPortal(String name) {
		assertAccessible(this.page, name);
		assertNoHorizontalScrolling(this.page, name);
		assertTouchTargets(this.page, 48, name);
		screenshot(this.page, "lockers/" + name);
		setTextSize(200);
		screenshot(this.page, "lockers/" + name + "-200");
		assertNoHorizontalScrolling(this.page, name + " at 200 %");
		setTextSize(100);
	}

	private void checkKiosk(String name) {
		assertAccessible(this.page, name);
		assertTouchTargets(this.page, 64, name);
		screenshot(this.page, "lockers/" + name);
	}

	/** The text size, as the display settings would set it (without leaving the page). */
	private void setTextSize(int percent) {
		this.page.evaluate("p => document.documentElement.setAttribute('data-text-size', String(p))", percent);
	}

	/**
	 * A simulated station with two large compartments and a rollator in each, and its
	 * enrolled terminal. (To be replaced by the TestLockers helper with the running
	 * simulated agent once it exists.)
	 */
	private TestStation station() {
		String name = "Stadtpark " + System.nanoTime() % 100000;
		TestDevices.Terminal terminal = this.devices.enrolledTerminal("Terminal " + name, "de");
		this.accounts.ensure("lockers-admin", Role.ADMIN);
		this.accounts.signIn("lockers-admin");
		try {
			long station = this.admin.createStation(new NewStation(name, "Am Eingang Rathausallee", LocalTime.of(8, 0),
					LocalTime.of(20, 0), terminal.id(), true));
			long first = this.admin.addCompartment(station,
					new NewCompartment(1, 60, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			long second = this.admin.addCompartment(station,
					new NewCompartment(2, 10, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			this.admin.addItem(new NewItem(first, ItemType.ROLLATOR, "Rollator 1", ItemCondition.OK, null));
			this.admin.addItem(new NewItem(second, ItemType.ROLLATOR, "Rollator 2", ItemCondition.OK, null));
			return new TestStation(station, name, terminal);
		}
		finally {
			this.accounts.signOut();
		}
	}

}
