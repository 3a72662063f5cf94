package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static de.norderstedt.go.db.Tables.LOCKER_COMPARTMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.devices.AgentReported;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.kiosk.agent.AgentConfig;
import de.norderstedt.go.kiosk.agent.CompartmentWiring;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations against PostgreSQL: slots, limits, codes, cancelling, and the exclusion
 * constraint that keeps one compartment from being reserved twice at once.
 */
@RunningPortalTest
class LockerServiceTest {

	@Autowired
	LockerService lockers;

	@Autowired
	LockerAdminService admin;

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	AccessCodeKeys keys;

	@Autowired
	DeviceService devices;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_reservation_gets_a_signed_pickup_code_and_a_number_for_its_compartment() {
		TestLockers.TestStation station = this.testLockers.station("Codes", 2, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		Reservation reservation = this.testLockers.reserve("codes-helga", station.id(), ItemType.ROLLATOR, start, 2);

		assertThat(reservation.status()).isEqualTo(ReservationStatus.RESERVED);
		assertThat(reservation.start()).isEqualTo(start);
		assertThat(reservation.end()).isEqualTo(start.plus(Duration.ofHours(2)));
		AccessPass pass = this.testLockers.pass("codes-helga", reservation.id());
		assertThat(pass.action()).isEqualTo(CodeAction.PICKUP);
		assertThat(pass.numericCode()).matches("[0-9]{8}");
		assertThat(pass.qrText()).startsWith("GO2:").hasSize(150);
		AccessCodes.Verification verification = AccessCodes.verify(pass.qrText(), this.keys.publicKeys());
		assertThat(verification).isInstanceOfSatisfying(AccessCodes.Verification.Valid.class, valid -> {
			assertThat(valid.code().stationId()).isEqualTo(station.id());
			assertThat(valid.code().compartment()).isEqualTo(reservation.compartmentNumber());
			assertThat(valid.code().action()).isEqualTo(CodeAction.PICKUP);
			assertThat(valid.code().validFrom()).isEqualTo(start.minus(Duration.ofMinutes(15)));
			assertThat(valid.code().validUntil()).isEqualTo(reservation.end());
		});
		// the same pass every time it is shown
		assertThat(this.testLockers.pass("codes-helga", reservation.id())).isEqualTo(pass);
	}

	@Test
	void availability_counts_free_items_per_slot_and_leaves_out_taken_ones() {
		TestLockers.TestStation station = this.testLockers.station("Slots", 2, ItemType.HANDCART);
		Instant start = TestLockers.nextHour();
		LocalDate day = start.atZone(CityTime.ZONE).toLocalDate();
		this.testLockers.reserve("slots-a", station.id(), ItemType.HANDCART, start, 1);

		List<Slot> slots = this.lockers.availability(station.id(), ItemType.HANDCART, day, 1);
		assertThat(slots).filteredOn(s -> s.start().equals(start)).singleElement().extracting(Slot::free).isEqualTo(1);
		assertThat(slots).filteredOn(s -> s.start().equals(start.plus(Duration.ofHours(1))))
			.singleElement()
			.extracting(Slot::free)
			.isEqualTo(2);
		this.testLockers.reserve("slots-b", station.id(), ItemType.HANDCART, start, 1);
		assertThat(this.lockers.availability(station.id(), ItemType.HANDCART, day, 1))
			.filteredOn(s -> s.start().equals(start))
			.singleElement()
			.satisfies(s -> assertThat(s.isAvailable()).isFalse());
		assertThat(this.lockers.availability(station.id(), ItemType.ROLLATOR, day, 1)).allMatch(s -> s.free() == 0);
		assertThatThrownBy(() -> this.testLockers.reserve("slots-c", station.id(), ItemType.HANDCART, start, 1))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.not-free"));
	}

	@Test
	void a_practice_checks_a_slot_as_reserving_would_and_an_example_station_is_free_every_hour() {
		Station example = new Station(-1, "Beispiel", "Stadtpark", java.time.LocalTime.of(8, 0),
				java.time.LocalTime.of(20, 0), null, true);
		LocalDate tomorrow = CityTime.date(Instant.now()).plusDays(1);
		List<Slot> slots = this.lockers.exampleAvailability(example, tomorrow, 2, 2);
		// 8–10 up to 18–20, as at a stored station with these opening hours
		assertThat(slots).hasSize(11).allMatch(s -> s.free() == 2);
		assertThat(slots.getFirst().start()).isEqualTo(CityTime.at(tomorrow, java.time.LocalTime.of(8, 0)));
		this.lockers.checkSlot(example, slots.getFirst().start(), 2);
		assertThatThrownBy(
				() -> this.lockers.checkSlot(example, CityTime.at(tomorrow, java.time.LocalTime.of(19, 0)), 2))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("lockers.error.closed"));
		assertThatThrownBy(() -> this.lockers.checkSlot(example, Instant.now().minus(Duration.ofHours(2)), 1))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("lockers.error.past"));
		assertThat(this.lockers.exampleAvailability(example, tomorrow.minusDays(2), 1, 2)).isEmpty();
	}

	@Test
	void one_live_reservation_per_kind_of_item_and_limits_on_length_time_and_hours() {
		TestLockers.TestStation station = this.testLockers.station("Limits", 3, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		this.testLockers.reserve("limits-jens", station.id(), ItemType.ROLLATOR, start, 1);

		assertThatThrownBy(() -> this.testLockers.reserve("limits-jens", station.id(), ItemType.ROLLATOR,
				start.plus(Duration.ofHours(3)), 1))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("lockers.error.one-per-type.rollator");
				assertThat(ex.field()).contains("type");
			});
		assertThatThrownBy(() -> this.testLockers.reserve("limits-aylin", station.id(), ItemType.ROLLATOR, start, 5))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("lockers.error.too-long");
				assertThat(ex.field()).contains("hours");
			});
		assertThatThrownBy(() -> this.testLockers.reserve("limits-aylin", station.id(), ItemType.ROLLATOR,
				start.minus(Duration.ofDays(1)), 1))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.past"));
		assertThatThrownBy(() -> this.testLockers.reserve("limits-aylin", station.id(), ItemType.ROLLATOR,
				start.plus(Duration.ofDays(30)), 1))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.too-far"));
		Instant lateEvening = LocalDate.now(CityTime.ZONE).plusDays(1).atTime(22, 0).atZone(CityTime.ZONE).toInstant();
		assertThatThrownBy(
				() -> this.testLockers.reserve("limits-aylin", station.id(), ItemType.ROLLATOR, lateEvening, 3))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("lockers.error.closed");
				assertThat(ex.field()).contains("start");
			});
		// nothing of that was stored
		this.accounts.signIn("limits-aylin");
		assertThat(this.lockers.myReservations()).isEmpty();
	}

	@Test
	void people_who_need_it_get_a_compartment_at_a_reachable_height_and_others_leave_those_free() {
		TestLockers.TestStation station = this.testLockers.station("Heights", 3, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		this.accounts.ensure("heights-helga", Role.RESIDENT);
		this.accounts.signIn("heights-helga");
		this.lockers.setNeedsReachableHeight(true);
		assertThat(this.lockers.needsReachableHeight()).isTrue();
		this.accounts.signOut();

		// compartment 1 is at 20 cm, 2 at 70 cm, 3 at 110 cm
		Reservation other = this.testLockers.reserve("heights-jens", station.id(), ItemType.ROLLATOR, start, 1);
		assertThat(other.compartmentNumber()).isEqualTo(1);
		Reservation helga = this.testLockers.reserve("heights-helga", station.id(), ItemType.ROLLATOR, start, 1);
		assertThat(helga.compartmentNumber()).isIn(2, 3);
	}

	@Test
	void a_cancelled_reservation_frees_its_slot_and_its_code_stops_working() {
		TestLockers.TestStation station = this.testLockers.station("Cancel", 1, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		Reservation reservation = this.testLockers.reserve("cancel-helga", station.id(), ItemType.ROLLATOR, start, 1);
		this.accounts.signIn("cancel-helga");
		this.lockers.cancel(reservation.id());
		assertThat(this.lockers.myReservation(reservation.id())).get()
			.extracting(Reservation::status)
			.isEqualTo(ReservationStatus.CANCELLED);
		assertThat(this.lockers.pass(reservation.id())).isEmpty();
		assertThatThrownBy(() -> this.lockers.cancel(reservation.id())).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.not-cancellable"));
		this.accounts.signOut();
		// someone else can have the slot now
		assertThat(this.testLockers.reserve("cancel-jens", station.id(), ItemType.ROLLATOR, start, 1).status())
			.isEqualTo(ReservationStatus.RESERVED);
	}

	@Test
	void nobody_sees_or_cancels_another_persons_reservation() {
		TestLockers.TestStation station = this.testLockers.station("Privacy", 1, ItemType.ROLLATOR);
		Reservation reservation = this.testLockers.reserve("privacy-helga", station.id(), ItemType.ROLLATOR,
				TestLockers.nextHour(), 1);
		this.accounts.ensure("privacy-jens", Role.RESIDENT);
		this.accounts.signIn("privacy-jens");
		assertThat(this.lockers.myReservation(reservation.id())).isEmpty();
		assertThat(this.lockers.pass(reservation.id())).isEmpty();
		assertThatThrownBy(() -> this.lockers.cancel(reservation.id())).isInstanceOf(Refusal.class);
		// residents are not locker staff
		assertThatThrownBy(() -> this.admin.board(station.id())).isInstanceOf(AuthorizationDeniedException.class);
		this.accounts.signOut();
		assertThatThrownBy(() -> this.lockers.myReservations())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void one_hundred_simultaneous_reservations_of_overlapping_slots_of_one_compartment_let_exactly_one_succeed()
			throws Exception {
		TestLockers.TestStation station = this.testLockers.station("Race", 1, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		List<String> people = IntStream.range(0, 100).mapToObj(i -> "race-" + i).toList();
		people.forEach(p -> this.accounts.ensure(p, Role.RESIDENT));
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
			for (int i = 0; i < people.size(); i++) {
				String person = people.get(i);
				// overlapping, not all equal: 1 to 3 hours from the same hour
				Instant from = start;
				int hours = 1 + i % 3;
				Callable<Object> reserve = () -> {
					this.accounts.signIn(person);
					go.await();
					try {
						return this.lockers.reserve(station.id(), ItemType.ROLLATOR, from, hours);
					}
					catch (Refusal ex) {
						return ex;
					}
					finally {
						this.accounts.signOut();
					}
				};
				results.add(pool.submit(reserve));
			}
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(Reservation.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(Refusal.class::isInstance)
				.hasSize(99)
				.allSatisfy(ex -> assertThat(((Refusal) ex).messageKey()).isEqualTo("lockers.error.not-free"));
		}
		assertThat(this.reservations.liveAt(station.id())).hasSize(1);
	}

	@Test
	void the_database_itself_refuses_an_overlapping_reservation_of_a_compartment() {
		TestLockers.TestStation station = this.testLockers.station("Constraint", 1, ItemType.ROLLATOR);
		Instant start = TestLockers.nextHour();
		Reservation first = this.testLockers.reserve("constraint-a", station.id(), ItemType.ROLLATOR, start, 2);
		long other = this.accounts.ensure("constraint-b", Role.RESIDENT).id();
		ReservationRepository.Candidate same = this.reservations.candidates(station.id(), ItemType.ROLLATOR, start)
			.getFirst();

		// past the service's checks and locks, straight into the table
		assertThatThrownBy(() -> this.reservations.insert(other, station.id(), same, ItemType.ROLLATOR,
				start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3))))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(sqlState(ex)).isEqualTo("23P01"));
		// touching ends do not overlap
		long after = this.reservations.insert(other, station.id(), same, ItemType.ROLLATOR, first.end(),
				first.end().plus(Duration.ofHours(1)));
		assertThat(this.reservations.find(after)).isPresent();
	}

	@Test
	void doors_reported_at_connect_lock_compartments_in_the_order_a_reservation_does() throws Exception {
		TestLockers.TestStation station = this.testLockers.station("Türen", 8, ItemType.ROLLATOR);
		List<Long> compartments = this.dsl.select(LOCKER_COMPARTMENT.ID)
			.from(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(station.id()))
			.orderBy(LOCKER_COMPARTMENT.ID)
			.fetch(LOCKER_COMPARTMENT.ID);
		Map<Integer, Boolean> doors = new HashMap<>();
		IntStream.rangeClosed(1, 8).forEach(n -> doors.put(n, true));
		// the agent's report keeps its doors in no particular order
		AgentMessage.Hello hello = new AgentMessage.Hello("test", station.id(), doors);
		ExecutorService agent = Executors.newSingleThreadExecutor();
		try {
			Future<?> reported = this.transactions.execute(status -> {
				// a reservation holds the first compartment
				this.dsl.select(LOCKER_COMPARTMENT.ID)
					.from(LOCKER_COMPARTMENT)
					.where(LOCKER_COMPARTMENT.ID.eq(compartments.getFirst()))
					.forUpdate()
					.fetch();
				Future<?> report = agent
					.submit(() -> this.events.publishEvent(new AgentReported(station.deviceId(), hello)));
				// polled in this thread: in this transaction's connection
				await().atMost(Duration.ofSeconds(10))
					.pollInSameThread()
					.until(() -> this.dsl.fetchCount(DSL.selectOne()
						.from(DSL.table("pg_stat_activity"))
						.where(DSL.condition("pg_backend_pid() = any(pg_blocking_pids(pid))"))) == 1);
				// the report waits for the first compartment and holds none of the
				// others, so the reservation gets the rest without waiting (a report
				// holding one of them while the reservation waits for it is a deadlock)
				assertThat(this.dsl.select(LOCKER_COMPARTMENT.ID)
					.from(LOCKER_COMPARTMENT)
					.where(LOCKER_COMPARTMENT.ID.in(compartments))
					.orderBy(LOCKER_COMPARTMENT.ID)
					.forUpdate()
					.noWait()
					.fetch(LOCKER_COMPARTMENT.ID)).containsExactlyElementsOf(compartments);
				return report;
			});
			Objects.requireNonNull(reported).get(10, TimeUnit.SECONDS);
		}
		finally {
			agent.shutdownNow();
		}
		assertThat(this.dsl.fetchCount(LOCKER_COMPARTMENT,
				LOCKER_COMPARTMENT.STATION_ID.eq(station.id()).and(LOCKER_COMPARTMENT.DOOR_OPEN)))
			.isEqualTo(8);
	}

	@Test
	void staff_input_is_refused_at_its_field_in_words_and_nothing_is_stored() {
		this.accounts.ensure("rules-staff", Role.LOCKER_STAFF);
		this.accounts.signIn("rules-staff");
		int before = this.admin.stations().size();
		String longName = "Station am Stadtpark ".repeat(6);
		assertThatThrownBy(() -> this.admin.createStation(new NewStation(longName, "Stadtpark",
				java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0), null, false)))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.field()).contains("name");
				assertThat(ex.messageKey()).isEqualTo(Input.TOO_LONG);
				assertThat(ex.arguments()).containsExactly(100, longName.strip().length());
			});
		assertThatThrownBy(() -> this.admin.createStation(new NewStation("Nachts", "Stadtpark",
				java.time.LocalTime.of(20, 0), java.time.LocalTime.of(8, 0), null, false)))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.field()).contains("closes");
				assertThat(ex.messageKey()).isEqualTo("lockers.error.hours");
			});
		assertThat(this.admin.stations()).hasSize(before);
	}

	@Test
	void staff_get_a_working_agent_configuration_for_a_station_with_a_real_terminal(@TempDir Path dir)
			throws Exception {
		TestLockers.TestStation simulated = this.testLockers.station("Setup", 2, ItemType.HANDCART);
		this.testLockers.staff("setup-staff", simulated.id());
		this.accounts.signIn("setup-staff");
		assertThatThrownBy(() -> this.admin.agentConfiguration(simulated.id(), "https://go.example"))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.simulated-agent"));
		Station station = this.admin.station(simulated.id()).orElseThrow();
		this.admin.updateStation(station.id(), new NewStation(station.name(), station.place(), station.opens(),
				station.closes(), station.deviceId(), false));

		String file = this.admin.agentConfiguration(station.id(), "https://go.example");
		Path properties = dir.resolve("agent.properties");
		Files.writeString(properties, file);
		AgentConfig config = AgentConfig.load(properties);
		assertThat(config.stationId()).isEqualTo(station.id());
		assertThat(config.publicKeys()).isEqualTo(this.keys.publicKeys());
		assertThat(config.compartments()).extracting(CompartmentWiring::number).containsExactly(1, 2);
		assertThat(config.mock()).isFalse();
		assertThat(this.devices.authenticateAgent(config.credential())).get()
			.extracting(Device::id)
			.isEqualTo(simulated.deviceId());
		this.accounts.signOut();
		this.accounts.ensure("setup-resident", Role.RESIDENT);
		this.accounts.signIn("setup-resident");
		assertThatThrownBy(() -> this.admin.agentConfiguration(station.id(), "https://go.example"))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void staff_cannot_move_a_reserved_item_to_another_compartment() {
		TestLockers.TestStation station = this.testLockers.station("Moving", 2, ItemType.ROLLATOR);
		Reservation reservation = this.testLockers.reserve("moving-helga", station.id(), ItemType.ROLLATOR,
				TestLockers.nextHour(), 1);
		this.testLockers.staff("moving-staff", station.id());
		this.accounts.signIn("moving-staff");
		Item item = this.admin.items(station.id())
			.stream()
			.filter(i -> i.id() == reservation.itemId())
			.findFirst()
			.orElseThrow();
		Compartment other = this.admin.compartments(station.id())
			.stream()
			.filter(c -> c.id() != item.compartmentId())
			.findFirst()
			.orElseThrow();
		// the other compartment's item moves out of the way first
		Item neighbour = this.admin.items(station.id())
			.stream()
			.filter(i -> i.id() != item.id())
			.findFirst()
			.orElseThrow();
		long spare = this.admin.addCompartment(station.id(),
				new NewCompartment(9, 70, CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
		this.admin.updateItem(neighbour.id(),
				new NewItem(spare, neighbour.type(), neighbour.name(), neighbour.condition(), null));

		assertThatThrownBy(() -> this.admin.updateItem(item.id(),
				new NewItem(other.id(), item.type(), item.name(), item.condition(), null)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.item-reserved"));
		// renaming it is fine
		this.admin.updateItem(item.id(),
				new NewItem(item.compartmentId(), item.type(), "Rollator Blau", item.condition(), null));
		assertThat(this.admin.items(station.id())).extracting(Item::name).contains("Rollator Blau");
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return "";
	}

}
