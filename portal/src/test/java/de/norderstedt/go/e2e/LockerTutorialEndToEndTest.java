package de.norderstedt.go.e2e;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Einen Rollator aus dem Schließfach ausleihen": the guided practice on the real
 * reservation steps, at the kiosk by touch only and in the portal in English: the control
 * to use next is highlighted and described by the spoken instruction, the practice ends
 * at a code that opens nothing, and afterwards no reservation and no code exist, no
 * compartment is taken and nothing was sent to the station, whose relays never moved.
 */
class LockerTutorialEndToEndTest extends EndToEndTest {

	private static final Pattern NEXT = Pattern.compile("\\bpractice-next\\b");

	@Autowired
	TestLockers lockers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void helga_practises_reserving_a_rollator_at_the_kiosk_by_touch_and_nothing_is_reserved() {
		TestLockers.TestStation station = this.lockers.station("Übungspark " + System.nanoTime() % 100000, 2,
				ItemType.ROLLATOR);
		List<Integer> before = counts(station);
		useTouchScreen();
		enrollThisBrowser();
		List<String> spoken = recordSpokenTexts();

		open("/kiosk/lernen/locker-rollator/2");
		assertThat(heading1()).hasText("Einen Rollator reservieren");
		Locator practice = this.page.locator(".locker-practice");
		assertThat(practice.getByRole(AriaRole.NOTE))
			.hasText("Übung: Hier wird nichts reserviert. Probieren Sie es ruhig aus.");
		assertThat(practice.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("Schließfächer im Stadtpark");
		// the real stations; this test's own is chosen, as a learner may
		Locator ownStation = this.page.getByRole(AriaRole.RADIO,
				new Page.GetByRoleOptions().setName(Pattern.compile("^" + station.name() + " – ")));
		if (ownStation.count() > 0) {
			ownStation.tap();
			assertThat(ownStation).isChecked();
		}

		// the kind of item
		Locator types = this.page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName("Was möchten Sie ausleihen?"));
		assertThat(types).hasClass(NEXT);
		assertThat(practice.locator("#locker-practice-instruction")).hasText("Tippen Sie auf „Rollator“.");
		this.page.waitForCondition(() -> spoken.contains("Tippen Sie auf „Rollator“."));
		assertThat(practice.getByText("Bitte wählen Sie zuerst, was Sie ausleihen möchten.",
				new Locator.GetByTextOptions()))
			.isVisible();
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-locker-practice-type", 64);
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Rollator").setExact(true)).tap();

		// the day
		Locator tomorrow = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Morgen, ")));
		assertThat(tomorrow).hasClass(NEXT);
		this.page.waitForCondition(() -> spoken.stream().anyMatch(s -> s.startsWith("Tippen Sie auf „Morgen, ")));
		tomorrow.tap();
		assertThat(tomorrow).hasAttribute("aria-pressed", "true");

		// the time: the first free one is highlighted
		Locator firstFree = this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^\\d\\d:\\d\\d–\\d\\d:\\d\\d · \\d+ frei$")))
			.first();
		assertThat(firstFree).hasClass(NEXT);
		this.page.waitForCondition(
				() -> spoken.stream().anyMatch(s -> s.startsWith("Tippen Sie auf eine freie Uhrzeit, zum Beispiel „")));
		firstFree.tap();

		// "Reservieren": checked as reserving would, nothing reserved
		Locator reserve = practice.getByRole(AriaRole.BUTTON, exactly("Reservieren"));
		assertThat(reserve).hasClass(NEXT);
		assertThat(reserve).hasAccessibleDescription(Pattern.compile("^Prüfen Sie Ihre Wahl."));
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-locker-practice-reserve", 64);
		reserve.tap();

		// the code, marked as practice; it opens nothing
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Geschafft! So sieht Ihr Code aus.")))
			.isVisible();
		Locator pass = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Übungs-Code – öffnet kein Fach Rollator"));
		assertThat(pass).containsText("Code zum Eintippen: In der Übung gibt es keinen.");
		Locator qr = pass.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("QR-Code zur Übung. Er öffnet kein Fach."));
		assertThat(decoded(qr)).isEqualTo("UEBUNG");
		assertThat(this.page.locator("#tutorial-feedback"))
			.hasText("Sehr gut! Sie haben zur Übung einen Rollator reserviert. Es wurde nichts gespeichert.");
		checkAtTwoTextSizes(this.page, "kiosk-tutorial-locker-practice-code", 64);

		assertThat(counts(station)).as("nothing reserved, no code, no command, no station event").isEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from locker_compartment where station_id = ? and state <> 'IN_SERVICE'", Integer.class,
				station.id()))
			.as("no compartment taken out of service")
			.isZero();
		assertThat(this.lockers.pulses(station.id())).as("no relay moved").isEmpty();
	}

	@Test
	void the_locker_practice_works_in_the_portal_in_english_in_high_contrast() {
		TestLockers.TestStation station = this.lockers.station("Practice park " + System.nanoTime() % 100000, 1,
				ItemType.ROLLATOR);
		List<Integer> before = counts(station);
		open("/lernen/locker-rollator/2");
		setDisplay("en", true, 200);
		assertThat(heading1()).hasText("Booking a rollator");
		assertThat(this.page.locator(".locker-practice").getByRole(AriaRole.NOTE))
			.hasText("Practice: nothing is reserved here. Feel free to try it out.");
		assertThat(this.page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName("What would you like to borrow?")))
			.hasClass(NEXT);
		assertAccessible(this.page, "locker practice portal en");
		assertTouchTargets(this.page, 48, "locker practice portal en");
		screenshot(this.page, "tutorial-locker-practice-portal-en-high-contrast-200");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("rollator").setExact(true)).click();
		Locator tomorrow = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Tomorrow, ")));
		assertThat(tomorrow).hasClass(NEXT);
		tomorrow.click();
		// the times of tomorrow, drawn anew: the first free one is highlighted
		Locator firstFree = this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile(" · \\d+ free$")))
			.first();
		assertThat(firstFree).hasClass(NEXT);
		firstFree.click();
		Locator reserve = button("Reserve");
		assertThat(reserve).hasClass(NEXT);
		reserve.click();
		assertThat(this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Practice code – opens no locker rollator")))
			.containsText("There is none in the practice.");
		assertAccessible(this.page, "locker practice portal en code");
		screenshot(this.page, "tutorial-locker-practice-portal-en-code");
		assertThat(counts(station)).as("nothing reserved").isEqualTo(before);
	}

	/**
	 * What a reservation would have left behind: reservations and codes anywhere, and the
	 * station's commands and events.
	 */
	private List<Integer> counts(TestLockers.TestStation station) {
		return List.of(count("select count(*) from locker_reservation"),
				count("select count(*) from locker_access_code"),
				count("select count(*) from device_command where device_id = " + station.deviceId()),
				count("select count(*) from locker_event where station_id = " + station.id()));
	}

	private int count(String query) {
		return Objects.requireNonNull(this.jdbc.queryForObject(query, Integer.class));
	}

}
