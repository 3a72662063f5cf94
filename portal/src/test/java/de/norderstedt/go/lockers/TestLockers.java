package de.norderstedt.go.lockers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static de.norderstedt.go.db.Tables.LOCKER_ACCESS_CODE;
import static de.norderstedt.go.db.Tables.LOCKER_RESERVATION;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.web.CityTime;
import org.jooq.DSLContext;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.TestDevices;
import org.springframework.stereotype.Component;

/**
 * Locker stations for tests: a station with compartments and items, an enrolled terminal,
 * and its simulated agent running and connected; the relay pulses it saw.
 */
@Component
public class TestLockers {

	/** A test station and its terminal. */
	public record TestStation(long id, String name, long deviceId, String terminalCredential) {
	}

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final SimulatedStations simulated;

	private final TestDevices devices;

	private final TestAccounts accounts;

	private final LockerService lockers;

	private final AgentGateway gateway;

	private final DSLContext dsl;

	private final LockerReminders reminders;

	private final AccessCodeRepository codes;

	private final AccessCodeKeys keys;

	private final Map<Long, List<Integer>> pulses = new ConcurrentHashMap<>();

	TestLockers(StationRepository stations, ReservationRepository reservations, SimulatedStations simulated,
			TestDevices devices, TestAccounts accounts, LockerService lockers, AgentGateway gateway, DSLContext dsl,
			LockerReminders reminders, AccessCodeRepository codes, AccessCodeKeys keys) {
		this.codes = codes;
		this.keys = keys;
		this.dsl = dsl;
		this.reminders = reminders;
		this.stations = stations;
		this.reservations = reservations;
		this.simulated = simulated;
		this.devices = devices;
		this.accounts = accounts;
		this.lockers = lockers;
		this.gateway = gateway;
	}

	/** Sends the due "bring it back soon" reminders and overdue notices now. */
	public int sendReminders() {
		return this.reminders.sendDue();
	}

	/**
	 * A station open 00:00–23:59 with {@code count} compartments (heights 20, 70, 110 cm
	 * in turn), one item of the type in each, and its simulated agent connected.
	 */
	public TestStation station(String name, int count, ItemType type) {
		TestDevices.Terminal terminal = this.devices.enrolledLockerTerminal("Terminal " + name);
		long id = this.stations.insert(new NewStation(name, "Testpark " + name, LocalTime.MIDNIGHT,
				LocalTime.of(23, 59), terminal.id(), true));
		int[] heights = { 20, 70, 110 };
		for (int n = 1; n <= count; n++) {
			long compartment = this.stations.insertCompartment(id,
					new NewCompartment(n, heights[(n - 1) % 3], CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			this.stations.insertItem(new NewItem(compartment, type,
					(type == ItemType.ROLLATOR ? "Rollator " : "Handwagen ") + n, ItemCondition.OK, null));
		}
		startAgent(id);
		awaitConnected(terminal.id(), true);
		return new TestStation(id, name, terminal.id(), terminal.credential());
	}

	/** (Re)starts the station's simulated agent and records its pulses. */
	public void startAgent(long stationId) {
		this.simulated.ensureRunning(stationId);
		List<Integer> seen = this.pulses.computeIfAbsent(stationId, id -> new CopyOnWriteArrayList<>());
		this.simulated.onPulse(stationId, (compartment, at) -> seen.add(compartment));
	}

	/** Stops the station's simulated agent, as if its Raspberry Pi lost power. */
	public void stopAgent(long stationId, long deviceId) {
		this.simulated.stop(stationId);
		awaitConnected(deviceId, false);
	}

	/** The compartments whose relays pulsed, in order. */
	public List<Integer> pulses(long stationId) {
		return List.copyOf(this.pulses.getOrDefault(stationId, List.of()));
	}

	public void door(long stationId, int compartment, boolean open) {
		this.simulated.simulateDoor(stationId, compartment, open);
	}

	/**
	 * From now on, a door of the station the relay released closes by itself after the
	 * time, as in the demo ({@code go.lockers.simulated-door-closes-after}, which tests
	 * set to 0).
	 */
	public void doorsCloseByThemselves(long stationId, Duration after) {
		this.simulated.running(stationId).orElseThrow().doors().closeAfter(after);
	}

	/** A slot of {@code hours} that begins on the next full hour (today or tomorrow). */
	public static Instant nextHour() {
		ZonedDateTime now = ZonedDateTime.now(CityTime.ZONE);
		ZonedDateTime next = now.withMinute(0).withSecond(0).withNano(0).plusHours(1);
		// the test stations close at 23:59: a slot must end by then
		if (next.getHour() >= 20 || next.toLocalDate().isAfter(now.toLocalDate())) {
			next = LocalDate.now(CityTime.ZONE).plusDays(1).atTime(9, 0).atZone(CityTime.ZONE);
		}
		return next.toInstant();
	}

	/** Signs in (creating the resident if needed) and reserves. */
	public Reservation reserve(String username, long stationId, ItemType type, Instant start, int hours) {
		this.accounts.ensure(username, Role.RESIDENT);
		this.accounts.signIn(username);
		try {
			return this.lockers.reserve(stationId, type, start, hours);
		}
		finally {
			this.accounts.signOut();
		}
	}

	/**
	 * A reservation of the type whose slot runs from a few minutes ago for an hour, so
	 * its pickup code works now (stored directly: slots begin on the full hour).
	 */
	public Reservation reserveNow(String username, long stationId, ItemType type) {
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		Instant start = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		ReservationRepository.Candidate free = this.reservations.candidates(stationId, type, start)
			.stream()
			.filter(c -> this.reservations.busy(stationId, start, start.plus(Duration.ofHours(1)))
				.stream()
				.noneMatch(b -> b.compartmentId() == c.compartmentId()))
			.findFirst()
			.orElseThrow();
		long id = this.reservations.insert(account, stationId, free, type, start, start.plus(Duration.ofHours(1)));
		return this.reservations.find(id).orElseThrow();
	}

	/**
	 * A reservation whose item was picked up and whose slot ended an hour ago: overdue.
	 */
	public Reservation overdue(String username, long stationId, ItemType type) {
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		// another item of the station, when one is overdue already
		ReservationRepository.Candidate free = this.reservations.candidates(stationId, type, start)
			.stream()
			.filter(c -> this.reservations.busy(stationId, start, start.plus(Duration.ofHours(2)))
				.stream()
				.noneMatch(b -> b.compartmentId() == c.compartmentId()))
			.findFirst()
			.orElseThrow();
		long id = this.reservations.insert(account, stationId, free, type, start, start.plus(Duration.ofHours(2)));
		this.reservations.pickedUp(id, start.plus(Duration.ofMinutes(5)));
		return this.reservations.find(id).orElseThrow();
	}

	/** Makes the station real (its simulated agent stops), as staff would. */
	public void makeReal(long stationId) {
		Station station = this.stations.findById(stationId).orElseThrow();
		this.stations.update(stationId, new NewStation(station.name(), station.place(), station.opens(),
				station.closes(), station.deviceId(), false));
		this.simulated.ensureRunning(stationId);
	}

	/**
	 * Moves a reservation made in the screens so that it runs now, with its pickup code's
	 * window, stored and signed anew (the agent checks the signed window itself).
	 */
	public void startNow(long reservationId) {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
		Instant end = start.plus(Duration.ofHours(1));
		this.dsl.update(LOCKER_RESERVATION)
			.set(LOCKER_RESERVATION.PERIOD, ReservationRepository.range(start, end))
			.where(LOCKER_RESERVATION.ID.eq(reservationId))
			.execute();
		Reservation reservation = this.reservations.find(reservationId).orElseThrow();
		AccessCodeRepository.StoredCode code = this.codes.find(reservationId, CodeAction.PICKUP).orElseThrow();
		Instant from = start.minus(Duration.ofMinutes(15));
		String signed = de.norderstedt.go.kiosk.codes.AccessCodes
			.sign(new de.norderstedt.go.kiosk.codes.AccessCode(code.id(), reservation.stationId(),
					reservation.compartmentNumber(), CodeAction.PICKUP, from, end), this.keys.signing());
		this.dsl.update(LOCKER_ACCESS_CODE)
			.set(LOCKER_ACCESS_CODE.VALID_FROM, from)
			.set(LOCKER_ACCESS_CODE.VALID_UNTIL, end)
			.set(LOCKER_ACCESS_CODE.CODE, signed)
			.where(LOCKER_ACCESS_CODE.ID.eq(code.id()))
			.execute();
	}

	/**
	 * Runs the call as an admin, then puts the current sign-in back.
	 */
	public <T> T withAdmin(java.util.function.Supplier<T> call) {
		org.springframework.security.core.Authentication before = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		this.accounts.ensure("test-lockers-admin", de.norderstedt.go.accounts.Role.ADMIN);
		this.accounts.signIn("test-lockers-admin");
		try {
			return call.get();
		}
		finally {
			if (before != null) {
				this.accounts.signIn(before);
			}
			else {
				this.accounts.signOut();
			}
		}
	}

	/**
	 * Assigns the account (made if needed, with the LOCKER_STAFF role) to the stations as
	 * their staff, as an admin would.
	 */
	public void staff(String username, long... stationIds) {
		long accountId = this.accounts.ensure(username, de.norderstedt.go.accounts.Role.LOCKER_STAFF).id();
		for (long stationId : stationIds) {
			this.stations.addStaff(stationId, accountId);
		}
	}

	/** The reservation's current pass, as its owner sees it. */
	public AccessPass pass(String username, long reservationId) {
		this.accounts.signIn(username);
		try {
			return this.lockers.pass(reservationId).orElseThrow();
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Cancels the reservation as its owner does. */
	public void cancel(String username, long reservationId) {
		this.accounts.signIn(username);
		try {
			this.lockers.cancel(reservationId);
		}
		finally {
			this.accounts.signOut();
		}
	}

	public Reservation reservation(long reservationId) {
		return this.reservations.find(reservationId).orElseThrow();
	}

	private void awaitConnected(long deviceId, boolean connected) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (this.gateway.isConnected(deviceId) != connected) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException(
						"agent of device " + deviceId + " never became " + (connected ? "connected" : "disconnected"));
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
