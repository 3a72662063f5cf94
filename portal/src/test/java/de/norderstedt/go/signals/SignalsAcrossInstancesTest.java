package de.norderstedt.go.signals;

import static de.norderstedt.go.db.Tables.LOCKER_COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.TestNotifications;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the bells, live boards and terminals of another portal instance hear: a second bus
 * on the same database, with listeners by key as the screens of that instance have them.
 * A change made in a transaction here reaches the listeners of its key there at commit
 * (and not those of other keys; SignalBusTest shows that a rollback sends nothing), and
 * after its connection is killed, every listener there is told to read again.
 */
@RunningPortalTest
class SignalsAcrossInstancesTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Signals signals;

	@Autowired
	TestNotifications notifications;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestLockers lockers;

	@Autowired
	de.norderstedt.go.tutorials.LearningService learning;

	@Autowired
	DataSource dataSource;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	private final List<SignalBus> buses = new ArrayList<>();

	@AfterEach
	void stopBuses() {
		this.buses.forEach(SignalBus::stop);
	}

	@Test
	void a_notification_stored_here_rings_the_bell_of_its_account_on_another_instance_and_no_other() {
		SignalBus other = otherInstance("bells");
		SignalFanOut bells = new SignalFanOut(this.signals, Signals.NOTIFICATIONS, other::subscribe);
		long helga = this.accounts.ensure("signals-helga-" + System.nanoTime(), Role.RESIDENT).id();
		long jens = this.accounts.ensure("signals-jens-" + System.nanoTime(), Role.RESIDENT).id();
		AtomicInteger helgasBell = new AtomicInteger();
		AtomicInteger jensBell = new AtomicInteger();
		bells.listen(Long.toString(helga), helgasBell::incrementAndGet);
		bells.listen(Long.toString(jens), jensBell::incrementAndGet);

		this.notifications.create(helga, NotificationCategory.NEWS, "Straßenfest", "Am Sonntag", null, false);

		await().atMost(WAIT).until(() -> helgasBell.get() == 1);
		// the next change of Jens's bell is his own, so Helga's signal did not reach it
		this.notifications.create(jens, NotificationCategory.NEWS, "Baustelle", "Ab Montag", null, false);
		await().atMost(WAIT).until(() -> jensBell.get() == 1);
		assertThat(helgasBell).hasValue(1);
	}

	@Test
	void a_door_reported_here_reaches_the_board_of_its_station_on_another_instance() {
		SignalBus other = otherInstance("boards");
		SignalFanOut boards = new SignalFanOut(this.signals, Signals.LOCKERS, other::subscribe);
		TestLockers.TestStation station = this.lockers.station("Signale " + System.nanoTime() % 100000, 2,
				ItemType.ROLLATOR);
		List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		boards.listen(Long.toString(station.id()), () -> seen.add(doorOfFirst(station.id())));

		// the door stored as the agent's report is (StationReports): the database
		// signals the station at commit
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.dsl.update(LOCKER_COMPARTMENT)
			.set(LOCKER_COMPARTMENT.DOOR_OPEN, true)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(station.id()).and(LOCKER_COMPARTMENT.NUMBER.eq(1)))
			.execute());

		await().atMost(WAIT).until(() -> seen.contains("open"));
	}

	@Test
	void after_its_bus_connection_is_killed_every_screen_on_the_other_instance_reads_again() {
		SignalBus other = otherInstance("resync");
		SignalFanOut bells = new SignalFanOut(this.signals, Signals.NOTIFICATIONS, other::subscribe);
		AtomicInteger first = new AtomicInteger();
		AtomicInteger second = new AtomicInteger();
		bells.listen("test-first", first::incrementAndGet);
		bells.listen("test-second", second::incrementAndGet);
		int pid = other.backendPid();

		assertThat(this.dsl.fetchValue("select pg_terminate_backend({0})", DSL.val(pid))).isEqualTo(true);

		await().atMost(WAIT).until(() -> first.get() == 1 && second.get() == 1);
		assertThat(other.backendPid()).isNotEqualTo(pid);
		// and it hears again what comes after
		bells.send(List.of("test-second"));
		await().atMost(WAIT).until(() -> second.get() == 2);
		assertThat(first).hasValue(1);
	}

	@Test
	void a_phone_opening_a_scan_practice_link_tells_the_practice_waiting_for_that_token_only() {
		String step = java.util.Objects
			.requireNonNull(this.learning.tutorial("qr-scanning").orElseThrow().stepsOrEmpty().get(4).id());
		String token = this.learning.scanCheck("qr-scanning", step);
		String other = this.learning.scanCheck("qr-scanning", step);
		java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicBoolean otherTold = new java.util.concurrent.atomic.AtomicBoolean();
		try (Subscription waiting = this.learning.whenScanned(token, () -> told.set(true));
				Subscription notThis = this.learning.whenScanned(other, () -> otherTold.set(true))) {

			assertThat(this.learning.scanned(token)).isPresent();

			await().atMost(WAIT).untilTrue(told);
			assertThat(this.learning.wasScanned(token)).isTrue();
			assertThat(otherTold).isFalse();
		}
	}

	private String doorOfFirst(long stationId) {
		Boolean open = this.dsl.select(LOCKER_COMPARTMENT.DOOR_OPEN)
			.from(LOCKER_COMPARTMENT)
			.where(LOCKER_COMPARTMENT.STATION_ID.eq(stationId).and(LOCKER_COMPARTMENT.NUMBER.eq(1)))
			.fetchOne(LOCKER_COMPARTMENT.DOOR_OPEN);
		return Boolean.TRUE.equals(open) ? "open" : "closed";
	}

	/** The bus of a second portal instance on the same database, listening. */
	private SignalBus otherInstance(String name) {
		SignalBus bus = new SignalBus(() -> SignalConfiguration.open(this.dataSource),
				new SignalProperties(Duration.ofMillis(200), Duration.ofSeconds(15), Duration.ofMillis(50),
						Duration.ofSeconds(1)),
				"other-" + name);
		this.buses.add(bus);
		bus.start();
		await().atMost(WAIT).until(() -> bus.state() == SignalBus.State.LISTENING);
		return bus;
	}

}
