package de.norderstedt.go.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.TestLockers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.LOCKER_RESERVATION;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * The locker screens: reserving a rollator in the portal, my reservations, the
 * reservation with its QR and typed code, cancelling, the staff pages with the live board
 * following a simulated door, and the terminal refusing a wrong number and opening for
 * the right one. (The camera pickup and return is the acceptance test's.)
 */
class LockersEndToEndTest extends EndToEndTest {

	@Autowired
	TestLockers lockers;

	@Autowired
	DSLContext dsl;

	@Test
	void a_resident_reserves_a_rollator_step_by_step_gets_a_code_and_cancels() {
		TestLockers.TestStation station = station();
		String resident = "lockers-resident-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);

		open("/schliessfaecher");
		assertThat(heading1()).hasText("Schließfächer im Stadtpark");
		assertThat(link("Anmelden, um zu reservieren")).isVisible();
		checkPortal("lockers-anonymous");

		signIn(resident);
		link("Schließfächer").click();
		assertThat(heading1()).hasText("Schließfächer im Stadtpark");
		chooseStation(station);
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Rollator")).check();
		Locator tomorrow = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen")));
		tomorrow.click();
		assertThat(tomorrow).hasAttribute("aria-pressed", "true");
		Locator twoHours = this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2 Stunden"));
		twoHours.check();
		assertThat(twoHours).isChecked();
		Locator slot = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^10:00–12:00 · \\d+ frei$")));
		slot.click();
		assertThat(slot).hasAttribute("aria-pressed", "true");
		assertThat(this.page.getByText(Pattern.compile("^Gewählt: .*10:00–12:00 Uhr$"))).isVisible();
		Locator height = this.page.getByLabel("Ich brauche ein Fach in Greifhöhe (40–120 cm)");
		height.check();
		checkPortal("lockers-reserve");
		button("Reservieren").click();

		this.page.waitForURL(Pattern.compile(".*/schliessfaecher/reservierung/\\d+$"));
		assertThat(heading1()).hasText("Ihre Reservierung: Rollator");
		assertThat(this.page.getByText(station.name()).first()).isVisible();
		// reachable height asked for: compartment 2 (70 cm), not 1 (20 cm)
		assertThat(this.page.getByText("Fach: 2")).isVisible();
		Locator qr = this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-Code zum Abholen"));
		assertThat(qr).isVisible();
		double width = qr.boundingBox().width;
		org.assertj.core.api.Assertions.assertThat(width).as("QR code width").isGreaterThanOrEqualTo(260);
		org.assertj.core.api.Assertions.assertThat(decoded(qr)).isNotBlank();
		assertThat(this.page.locator("#locker-code")).hasText(Pattern.compile("^\\d{4} \\d{4}$"));
		checkPortal("lockers-reservation");

		link("Meine Reservierungen").first().click();
		assertThat(heading1()).hasText("Meine Reservierungen");
		Locator view = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Reservierung ansehen: Rollator")));
		assertThat(view).isVisible();
		checkPortal("lockers-mine");

		// cancelling asks first; "no" keeps it, "yes" cancels and the code is gone
		view.click();
		button("Stornieren").click();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText("Möchten Sie diese Reservierung wirklich stornieren?");
		checkPortal("lockers-cancel-question");
		dialog.getByRole(AriaRole.BUTTON, exactly("Nein, behalten")).click();
		assertThat(dialog).isHidden();
		assertThat(this.page.locator("#locker-code")).isVisible();
		button("Stornieren").click();
		this.page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, exactly("Ja, stornieren")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Reservierung ist storniert."))).isVisible();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasCount(0);
		assertThat(this.page.locator("#reservation-state")).hasText("Storniert");
		assertThat(this.page.locator("#locker-code")).hasCount(0);
		checkPortal("lockers-cancelled");

		// without a time chosen nothing is reserved, and the page says why
		link("Schließfächer").click();
		chooseStation(station);
		button("Reservieren").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("Bitte wählen Sie zuerst eine Uhrzeit.");
	}

	@Test
	void a_second_rollator_is_refused_at_the_choice_of_item_and_nothing_is_reserved() {
		TestLockers.TestStation station = station();
		String resident = "lockers-twice-" + System.nanoTime();
		Reservation first = this.lockers.reserve(resident, station.id(), ItemType.ROLLATOR, TestLockers.nextHour(), 1);
		long account = this.accounts.ensure(resident, Role.RESIDENT).id();

		signIn(resident);
		open("/schliessfaecher");
		chooseStation(station);
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Rollator")).check();
		Locator tomorrow = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen")));
		tomorrow.click();
		// the server has answered with tomorrow's hours (today's have the same names)
		assertThat(tomorrow).hasAttribute("aria-pressed", "true");
		Locator slot = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^15:00–16:00 · \\d+ frei$")));
		slot.click();
		assertThat(slot).hasAttribute("aria-pressed", "true");
		button("Reservieren").click();

		// the choice of item says why, and so does the message by the button
		String why = "Sie haben schon einen Rollator reserviert. Bitte stornieren Sie diese Reservierung zuerst "
				+ "oder geben Sie den Rollator zurück.";
		Locator items = this.page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName("Was möchten Sie ausleihen?"));
		assertRefusedAt(items, why);
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(why);
		assertThat(this.page).hasURL(Pattern.compile(".*/schliessfaecher$"));
		checkPortal("lockers-reserve-refused");
		org.assertj.core.api.Assertions
			.assertThat(this.dsl.fetch(LOCKER_RESERVATION, LOCKER_RESERVATION.ACCOUNT_ID.eq(account)))
			.as("only the first reservation")
			.singleElement()
			.satisfies(r -> org.assertj.core.api.Assertions.assertThat(r.getId()).isEqualTo(first.id()));
	}

	@Test
	void an_admin_assigns_locker_staff_to_a_station_and_they_see_and_manage_only_that_one() {
		TestLockers.TestStation station = station();
		TestLockers.TestStation other = station();
		String staff = "lockers-team-" + System.nanoTime();
		this.accounts.ensure(staff, Role.LOCKER_STAFF);
		String admin = "lockers-admin-" + System.nanoTime();
		this.accounts.ensure(admin, Role.ADMIN);
		signIn(admin);

		open("/schliessfaecher/verwaltung");
		assertThat(heading1()).hasText("Schließfächer verwalten");
		button("Station " + station.name() + " ändern").click();
		// the form of this station, not the empty one for a new station: the boxes of the
		// team are made anew for it, and a tick on one of the old boxes would be lost
		idle();
		Locator team = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Schließfach-Team dieser Station"));
		Locator member = team.getByRole(AriaRole.CHECKBOX,
				new Locator.GetByRoleOptions().setName("Test " + staff + " (" + staff + ")"));
		assertThat(member).not().isChecked();
		member.check();
		// the choice has reached the server before saving, as after a person's moment
		assertThat(member).isChecked();
		idle();
		button("Änderungen speichern").click();
		assertThat(this.page.getByText("Die Station „" + station.name() + "“ ist gespeichert.")).isVisible();
		Locator card = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHas(this.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(station.name()).setExact(true))));
		assertThat(card).containsText("Schließfach-Team: Test " + staff);
		checkPortal("lockers-admin-staff");
		button("Station " + station.name() + " ändern").click();
		assertThat(member).isChecked();
		checkPortal("lockers-admin-staff-edit");
		button("English").click();
		assertThat(this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Locker staff of this station")))
			.containsText("Only the ticked locker staff accounts manage this station.");
		assertThat(card).containsText("Locker staff: Test " + staff);
		checkPortal("lockers-admin-staff-en");
		button("Deutsch").click();
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		// the staff member sees their station, not the other one, and cannot open it
		signIn(staff);
		open("/schliessfaecher/verwaltung");
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(station.name()).setExact(true)))
			.isVisible();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(other.name()).setExact(true)))
			.hasCount(0);
		assertThat(this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Schließfach-Team dieser Station")))
			.hasCount(0);
		open("/schliessfaecher/verwaltung/" + other.id());
		assertThat(heading1()).hasText("Diese Station gibt es nicht.");
		checkPortal("lockers-board-not-theirs");
	}

	/** The messages of the page to the server (Vaadin's UIDL requests). */
	private final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Test
	void staff_see_stations_the_live_board_follow_a_door_and_give_an_item_a_photo() throws IOException {
		// over HTTP or over the push connection, whichever way the page sends
		this.page.onRequest(request -> {
			if (request.url().contains("v-r=uidl")) {
				this.sent.add(String.valueOf(request.postData()));
			}
		});
		this.page.onWebSocket(socket -> socket.onFrameSent(frame -> {
			if (frame.text() != null && frame.text().contains("\"rpc\"")) {
				this.sent.add(frame.text());
			}
		}));
		TestLockers.TestStation station = station();
		String staff = "lockers-staff-" + System.nanoTime();
		this.lockers.staff(staff, station.id());
		signIn(staff);

		link("Schließfächer verwalten").click();
		assertThat(heading1()).hasText("Schließfächer verwalten");
		checkPortal("lockers-admin");

		link("Live-Ansicht der Station " + station.name()).click();
		assertThat(heading1()).hasText("Live-Ansicht: " + station.name());
		Locator first = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHas(this.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Fach 1").setExact(true))));
		assertThat(first).containsText("Tür geschlossen");
		checkPortal("lockers-board");
		// staff open a simulated door as a person would; the board follows
		button("Tür von Fach 1 öffnen (Simulation)").click();
		assertThat(first).containsText("Tür offen");
		checkPortal("lockers-board-open");
		// someone closes it at the station: the board is told (signal bus, server push)
		// without the browser asking
		int sentBefore = this.sent.size();
		this.lockers.door(station.id(), 1, false);
		assertThat(first).containsText("Tür geschlossen",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(6000));
		assertThat(button("Tür von Fach 1 öffnen (Simulation)")).isVisible();
		org.assertj.core.api.Assertions.assertThat(this.sent.subList(sentBefore, this.sent.size()))
			.as("the browser asked nothing: the change came by push")
			.isEmpty();
		org.assertj.core.api.Assertions.assertThat(this.sent)
			.as("no poll at all")
			.noneMatch(m -> m.contains("ui-poll"));

		link("Fächer und Gegenstände").click();
		assertThat(heading1()).hasText("Fächer und Gegenstände: " + station.name());
		checkPortal("lockers-compartments");
		button("Rollator 1 ändern").click();
		Path photo = photo();
		this.page.locator("input[type=file]").setInputFiles(photo);
		assertThat(this.page.getByText(Pattern.compile("^Foto „.*“ ist bereit"))).isVisible();
		this.page.getByLabel("Was zeigt das Foto? (Deutsch)").fill("Ein grauer Rollator mit Korb");
		this.page.getByLabel("Was zeigt das Foto? (Englisch)").fill("A grey rollator with a basket");
		button("Gegenstand speichern").click();
		assertThat(this.page.getByText("„Rollator 1“ ist gespeichert.")).isVisible();
		checkPortal("lockers-compartments-saved");

		String borrower = "lockers-late-" + System.nanoTime();
		Reservation late = this.lockers.overdue(borrower, station.id(), ItemType.ROLLATOR);
		open("/schliessfaecher/ueberfaellig");
		assertThat(heading1()).hasText("Überfällige Rückgaben");
		Locator overdue = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(late.itemName()));
		assertThat(overdue).isVisible();
		// who borrowed it and how to reach them, not an account number
		assertThat(overdue).containsText("Ausgeliehen von: Test " + borrower);
		assertThat(overdue).containsText("Kontakt: keine Kontaktangabe");
		assertThat(overdue).not().containsText("Konto");
		checkPortal("lockers-overdue");

		// a station with a real Raspberry Pi: staff get its agent's settings once
		this.lockers.makeReal(station.id());
		open("/schliessfaecher/verwaltung/" + station.id());
		button("Agent einrichten").click();
		Locator setup = this.page.getByRole(AriaRole.DIALOG);
		setup.getByRole(AriaRole.BUTTON, exactly("Einstellungen erzeugen")).click();
		assertThat(setup.getByLabel("Inhalt der Datei agent.properties"))
			.hasValue(Pattern.compile("stationId=" + station.id() + "\\n[\\s\\S]*publicKey\\.[0-9a-f]{8}="));
		checkPortal("lockers-agent-setup");
		setup.getByRole(AriaRole.BUTTON, exactly("Schließen")).click();
		assertThat(setup).isHidden();
		open("/schliessfaecher/ueberfaellig");

		// in English, and the real photo for everyone on the public page
		button("English").click();
		assertThat(heading1()).hasText("Overdue returns");
		checkPortal("lockers-overdue-en");
		button("Sign out").click();
		assertThat(button("Anmelden")).isVisible();
		open("/schliessfaecher");
		Locator picture = this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("Ein grauer Rollator mit Korb"));
		assertThat(picture).isVisible();
		org.assertj.core.api.Assertions.assertThat((Boolean) picture.evaluate("img => img.naturalWidth > 0"))
			.as("the photo loads")
			.isTrue();
		checkPortal("lockers-anonymous-photo");
	}

	@Test
	void the_terminal_refuses_a_wrong_number_and_opens_the_compartment_for_the_right_one() {
		TestLockers.TestStation station = station();
		String resident = "lockers-terminal-" + System.nanoTime();
		Reservation reservation = this.lockers.reserveNow(resident, station.id(), ItemType.ROLLATOR);
		AccessPass pass = this.lockers.pass(resident, reservation.id());
		useTouchScreen();
		this.context.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, station.terminalCredential()).setUrl(url("/"))
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
		typeCode(pad, "12345678");
		assertThat(this.page.locator("#locker-digits")).hasText("1234 5678");
		checkKiosk("lockers-terminal-keypad");
		pad.getByRole(AriaRole.BUTTON, exactly("Öffnen")).tap();

		assertThat(heading1()).hasText("Das Fach bleibt zu");
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie die Ziffern.");
		checkKiosk("lockers-terminal-refused");
		this.page.waitForCondition(() -> spoken.stream().anyMatch(s -> s.contains("Bitte prüfen Sie die Ziffern.")));
		button("Nochmal versuchen").tap();
		assertThat(heading1()).hasText("Schließfach öffnen");

		// the right number: the door opens, the screen says which one and what to do
		button("Code eintippen").tap();
		Locator again = this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ziffern"));
		typeCode(again, pass.numericCode());
		again.getByRole(AriaRole.BUTTON, exactly("Öffnen")).tap();
		int number = reservation.compartmentNumber();
		assertThat(heading1()).hasText("Fach " + number);
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Die Tür ist offen"))))
			.hasText("Die Tür ist offen. Bitte nehmen Sie den Rollator heraus und schließen Sie die Tür.");
		checkKiosk("lockers-terminal-open");
		org.assertj.core.api.Assertions.assertThat(this.lockers.pulses(station.id())).contains(number);
		this.lockers.door(station.id(), number, true);
		this.lockers.door(station.id(), number, false);

		assertThat(heading1()).hasText("Gute Fahrt!");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Bitte bringen Sie"))))
			.hasText(Pattern.compile("^Bitte bringen Sie den Rollator bis \\d{2}:\\d{2} Uhr zurück\\.$"));
		checkKiosk("lockers-terminal-picked-up");
		this.page.waitForCondition(() -> spoken.stream().anyMatch(s -> s.contains("Gute Fahrt!")));
		// "Fertig" ends the visit: the kiosk wipes it and greets the next person
		button("Fertig").tap();
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
	}

	@Test
	void in_the_demo_a_keypad_pickup_reaches_gute_fahrt_without_anyone_closing_the_door() {
		TestLockers.TestStation station = station();
		// as bin/run does (go.lockers.simulated-door-closes-after), a little shorter
		this.lockers.doorsCloseByThemselves(station.id(), Duration.ofSeconds(2));
		String resident = "lockers-demo-door-" + System.nanoTime();
		Reservation reservation = this.lockers.reserveNow(resident, station.id(), ItemType.ROLLATOR);
		AccessPass pass = this.lockers.pass(resident, reservation.id());
		useTouchScreen();
		this.context.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, station.terminalCredential()).setUrl(url("/"))
					.setHttpOnly(true)));

		open("/kiosk/locker");
		button("Code eintippen").tap();
		Locator pad = this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ziffern"));
		typeCode(pad, pass.numericCode());
		pad.getByRole(AriaRole.BUTTON, exactly("Öffnen")).tap();

		// nobody closes the door on the staff board: it closes by itself, as a person
		// would
		assertThat(heading1()).hasText("Gute Fahrt!");
		org.assertj.core.api.Assertions.assertThat(this.lockers.pulses(station.id()))
			.containsExactly(reservation.compartmentNumber());
		org.assertj.core.api.Assertions.assertThat(this.lockers.reservation(reservation.id()).doorOpen()).isFalse();
	}

	private void typeCode(Locator pad, String digits) {
		for (char digit : digits.toCharArray()) {
			pad.getByRole(AriaRole.BUTTON, exactly(String.valueOf(digit))).tap();
		}
	}

	/** Stations of other tests may be listed too: choose this test's. */
	private void chooseStation(TestLockers.TestStation station) {
		Locator choice = this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(station.name()));
		if (choice.count() > 0) {
			choice.check();
			assertThat(choice).isChecked();
		}
	}

	private void checkPortal(String name) {
		checkAtTwoTextSizes(this.page, name, 48);
	}

	private void checkKiosk(String name) {
		checkAtTwoTextSizes(this.page, name, 64);
	}

	/** A station with three compartments (20, 70 and 110 cm) and a rollator in each. */
	private TestLockers.TestStation station() {
		return this.lockers.station("Stadtpark " + System.nanoTime() % 100000, 3, ItemType.ROLLATOR);
	}

	/** A small photo to upload (a grey shape on white). */
	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.GRAY);
		g.fillRoundRect(80, 40, 160, 160, 24, 24);
		g.dispose();
		Path file = Files.createTempFile("rollator", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
