package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.RATE_LIMIT_BUCKET;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The terminal's checks with a real agent (simulated board, real WebSocket): the right
 * relay pulses for a good code, and no relay moves for a bad one.
 */
@RunningPortalTest
class LockerTerminalTest {

	@Autowired
	LockerTerminal terminal;

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	StationRepository stations;

	@Autowired
	AccessCodeIssuer issuer;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_pickup_code_opens_its_compartment_once_and_the_return_code_takes_the_item_back_with_its_condition() {
		TestLockers.TestStation station = this.testLockers.station("Pickup", 3, ItemType.ROLLATOR);
		Reservation reservation = reserveNow("pickup-helga", station);
		AccessPass pickup = this.testLockers.pass("pickup-helga", reservation.id());

		TerminalOutcome opened = this.terminal.present(station.deviceId(), pickup.qrText());

		assertThat(opened).isEqualTo(new TerminalOutcome.Opened(reservation.id(), reservation.compartmentNumber(),
				CodeAction.PICKUP, ItemType.ROLLATOR, reservation.itemName(), reservation.end()));
		assertThat(this.testLockers.pulses(station.id())).containsExactly(reservation.compartmentNumber());
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.PICKED_UP);
		// the simulated door sprang open; the sensor report reaches the portal
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.terminal.isDoorOpen(station.deviceId(), reservation.compartmentNumber()));
		this.testLockers.door(station.id(), reservation.compartmentNumber(), false);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.terminal.isDoorOpen(station.deviceId(), reservation.compartmentNumber()));

		// the same code again: refused, no relay moves
		assertThat(this.terminal.present(station.deviceId(), pickup.qrText()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
		assertThat(this.terminal.presentNumber(station.deviceId(), pickup.numericCode()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
		assertThat(this.testLockers.pulses(station.id())).hasSize(1);

		AccessPass giveBack = this.testLockers.pass("pickup-helga", reservation.id());
		assertThat(giveBack.action()).isEqualTo(CodeAction.RETURN);
		// typed with a space, as it is shown
		String typed = giveBack.numericCode().substring(0, 4) + " " + giveBack.numericCode().substring(4);
		assertThat(this.terminal.presentNumber(station.deviceId(), typed)).isInstanceOf(TerminalOutcome.Opened.class);
		assertThat(this.testLockers.pulses(station.id())).containsExactly(reservation.compartmentNumber(),
				reservation.compartmentNumber());
		this.terminal.reportCondition(station.deviceId(), reservation.id(), ItemCondition.DAMAGED);
		Reservation back = this.testLockers.reservation(reservation.id());
		assertThat(back.status()).isEqualTo(ReservationStatus.RETURNED);
		assertThat(back.returnCondition()).isEqualTo(ItemCondition.DAMAGED);
		assertThat(this.stations.item(reservation.itemId()).orElseThrow().condition()).isEqualTo(ItemCondition.DAMAGED);
	}

	@Test
	void a_pickup_and_a_return_are_under_way_while_the_door_is_open_and_done_when_it_closes() {
		TestLockers.TestStation station = this.testLockers.station("Doors", 1, ItemType.ROLLATOR);
		Reservation reservation = reserveNow("doors-helga", station);
		int number = reservation.compartmentNumber();

		assertThat(this.terminal.presentNumber(station.deviceId(),
				this.testLockers.pass("doors-helga", reservation.id()).numericCode()))
			.isInstanceOf(TerminalOutcome.Opened.class);
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.PICKED_UP);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.terminal.isDoorOpen(station.deviceId(), number));
		assertThat(this.testLockers.reservation(reservation.id()).doorOpen()).as("not picked up while the door is open")
			.isTrue();
		this.testLockers.door(station.id(), number, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.testLockers.reservation(reservation.id()).doorOpen());
		// the door opened again later (staff, a look inside) does not undo the pickup
		this.testLockers.door(station.id(), number, true);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.terminal.isDoorOpen(station.deviceId(), number));
		assertThat(this.testLockers.reservation(reservation.id()).doorOpen()).isFalse();
		this.testLockers.door(station.id(), number, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.terminal.isDoorOpen(station.deviceId(), number));

		assertThat(this.terminal.presentNumber(station.deviceId(),
				this.testLockers.pass("doors-helga", reservation.id()).numericCode()))
			.isInstanceOf(TerminalOutcome.Opened.class);
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.RETURNED);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.terminal.isDoorOpen(station.deviceId(), number));
		assertThat(this.testLockers.reservation(reservation.id()).doorOpen()).as("not back while the door is open")
			.isTrue();
		this.testLockers.door(station.id(), number, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.testLockers.reservation(reservation.id()).doorOpen());
	}

	@Test
	void in_the_demo_a_door_the_relay_released_closes_by_itself_and_the_pickup_completes_without_staff() {
		TestLockers.TestStation station = this.testLockers.station("Demo doors", 1, ItemType.ROLLATOR);
		this.testLockers.doorsCloseByThemselves(station.id(), Duration.ofMillis(500));
		Reservation reservation = reserveNow("demo-doors-helga", station);

		assertThat(this.terminal.presentNumber(station.deviceId(),
				this.testLockers.pass("demo-doors-helga", reservation.id()).numericCode()))
			.isInstanceOf(TerminalOutcome.Opened.class);

		// nobody touches the door: it springs open, closes, the sensor says so, and the
		// pickup is done
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.stations.events(station.id())
				.stream()
				.anyMatch(event -> event.kind() == StationEventKind.DOOR_CLOSED));
		assertThat(this.stations.events(station.id())).extracting(StationRepository.StationEvent::kind)
			.containsSubsequence(StationEventKind.DOOR_OPENED, StationEventKind.DOOR_CLOSED);
		assertThat(this.terminal.isDoorOpen(station.deviceId(), reservation.compartmentNumber())).isFalse();
		assertThat(this.testLockers.reservation(reservation.id()).doorOpen()).isFalse();
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.PICKED_UP);
	}

	@Test
	void a_code_with_one_changed_character_is_refused_as_not_valid_and_no_relay_moves() {
		TestLockers.TestStation station = this.testLockers.station("Forged", 1, ItemType.ROLLATOR);
		Reservation reservation = reserveNow("forged-helga", station);
		String code = this.testLockers.pass("forged-helga", reservation.id()).qrText();
		int middle = code.length() / 2;
		String forged = code.substring(0, middle) + (code.charAt(middle) == 'A' ? 'B' : 'A')
				+ code.substring(middle + 1);

		assertThat(this.terminal.present(station.deviceId(), forged))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
		assertThat(this.terminal.present(station.deviceId(), "https://example.org/not-a-locker-code"))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.malformed"));
		assertThat(this.terminal.presentNumber(station.deviceId(), "1234"))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.unknown-number"));
		assertThat(this.testLockers.pulses(station.id())).isEmpty();
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.RESERVED);
	}

	@Test
	void an_expired_code_a_code_for_later_and_a_code_of_another_station_are_refused_with_their_reasons() {
		TestLockers.TestStation station = this.testLockers.station("Here", 2, ItemType.ROLLATOR);
		TestLockers.TestStation other = this.testLockers.station("Elsewhere", 1, ItemType.ROLLATOR);
		long helga = this.accounts.ensure("times-helga", Role.RESIDENT).id();
		Instant yesterday = Instant.now().minus(Duration.ofDays(1));
		ReservationRepository.Candidate first = this.reservations.candidates(station.id(), ItemType.ROLLATOR, yesterday)
			.getFirst();
		// a slot that ended yesterday, stored as it was made then
		long past = this.reservations.insert(helga, station.id(), first, ItemType.ROLLATOR, yesterday,
				yesterday.plus(Duration.ofHours(1)));
		AccessPass expired = this.issuer.pickup(this.reservations.find(past).orElseThrow());
		this.reservations.cancel(past, yesterday);
		this.reservations.find(past).orElseThrow();

		Instant tomorrow = TestLockers.nextHour().plus(Duration.ofDays(1));
		Reservation later = this.testLockers.reserve("times-jens", station.id(), ItemType.ROLLATOR, tomorrow, 1);
		Reservation elsewhere = reserveNow("times-aylin", other);

		assertThat(this.terminal.present(station.deviceId(), expired.qrText()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.cancelled"));
		TerminalOutcome.Refused notYet = (TerminalOutcome.Refused) this.terminal.present(station.deviceId(),
				this.testLockers.pass("times-jens", later.id()).qrText());
		assertThat(notYet.messageKey()).isEqualTo("lockers.terminal.refused.not-yet");
		assertThat(notYet.arguments()).containsExactly(CityTime.date(tomorrow),
				tomorrow.atZone(CityTime.ZONE).toLocalTime());
		assertThat(this.terminal.present(station.deviceId(),
				this.testLockers.pass("times-aylin", elsewhere.id()).qrText()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.wrong-station",
					List.of("Elsewhere", "Here")));
		assertThat(this.testLockers.pulses(station.id())).isEmpty();
		assertThat(this.testLockers.pulses(other.id())).isEmpty();
		assertThat(this.testLockers.reservation(later.id()).status()).isEqualTo(ReservationStatus.RESERVED);
		assertThat(this.testLockers.reservation(elsewhere.id()).status()).isEqualTo(ReservationStatus.RESERVED);
	}

	@Test
	void an_expired_pickup_code_is_refused_as_expired() {
		TestLockers.TestStation station = this.testLockers.station("Expired", 1, ItemType.HANDCART);
		long helga = this.accounts.ensure("expired-helga", Role.RESIDENT).id();
		Instant yesterday = Instant.now().minus(Duration.ofDays(1));
		ReservationRepository.Candidate candidate = this.reservations
			.candidates(station.id(), ItemType.HANDCART, yesterday)
			.getFirst();
		long past = this.reservations.insert(helga, station.id(), candidate, ItemType.HANDCART, yesterday,
				yesterday.plus(Duration.ofHours(2)));
		AccessPass expired = this.issuer.pickup(this.reservations.find(past).orElseThrow());

		assertThat(this.terminal.present(station.deviceId(), expired.qrText()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.expired"));
		assertThat(this.terminal.presentNumber(station.deviceId(), expired.numericCode()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.expired"));
		assertThat(this.testLockers.pulses(station.id())).isEmpty();
		assertThat(this.testLockers.reservation(past).status()).isEqualTo(ReservationStatus.RESERVED);
	}

	@Test
	void with_the_agent_gone_the_terminal_says_so_and_the_code_stays_usable() {
		TestLockers.TestStation station = this.testLockers.station("Offline", 1, ItemType.ROLLATOR);
		Reservation reservation = reserveNow("offline-helga", station);
		AccessPass pickup = this.testLockers.pass("offline-helga", reservation.id());
		this.testLockers.stopAgent(station.id(), station.deviceId());

		assertThat(this.terminal.present(station.deviceId(), pickup.qrText()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.offline"));
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.RESERVED);

		this.testLockers.startAgent(station.id());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.terminal.present(station.deviceId(), pickup.qrText()) instanceof TerminalOutcome.Opened);
		assertThat(this.testLockers.reservation(reservation.id()).status()).isEqualTo(ReservationStatus.PICKED_UP);
	}

	@Test
	void a_terminal_refuses_after_too_many_wrong_codes_in_a_minute() {
		TestLockers.TestStation station = this.testLockers.station("Guessing", 1, ItemType.ROLLATOR);
		for (int i = 0; i < 5; i++) {
			assertThat(this.terminal.presentNumber(station.deviceId(), "0000000" + i))
				.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.unknown-number"));
		}
		assertThat(this.terminal.presentNumber(station.deviceId(), "00000009"))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.too-many"));
	}

	@Test
	void a_used_number_counts_as_a_wrong_try_in_the_database_all_instances_share() {
		TestLockers.TestStation station = this.testLockers.station("Used", 1, ItemType.ROLLATOR);
		Reservation reservation = reserveNow("used-helga", station);
		AccessPass pickup = this.testLockers.pass("used-helga", reservation.id());
		assertThat(this.terminal.presentNumber(station.deviceId(), pickup.numericCode()))
			.isInstanceOf(TerminalOutcome.Opened.class);
		for (int i = 0; i < 5; i++) {
			assertThat(this.terminal.presentNumber(station.deviceId(), pickup.numericCode()))
				.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.used"));
		}
		assertThat(this.terminal.presentNumber(station.deviceId(), pickup.numericCode()))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.too-many"));
		assertThat(this.testLockers.pulses(station.id())).hasSize(1);
		// the count is a row of the shared buckets, named by a hash (SHA-256, base64url)
		// of
		// the terminal only
		assertThat(this.dsl.fetch(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.startsWith("counter:keypad:"))).isNotEmpty()
			.allSatisfy(row -> assertThat(row.getId()).matches("counter:keypad:[A-Za-z0-9_-]{43}"));
	}

	private Reservation reserveNow(String person, TestLockers.TestStation station) {
		return this.testLockers.reserveNow(person, station.id(), ItemType.ROLLATOR);
	}

}
