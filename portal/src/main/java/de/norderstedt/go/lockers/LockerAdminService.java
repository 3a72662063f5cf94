package de.norderstedt.go.lockers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.devices.AgentStatus;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeKeys;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.PictureCleaner;
import de.norderstedt.go.web.Pictures;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locker staff and admins: stations, compartments, items, the live board and the overdue
 * list. Admins manage every station and assign locker staff to stations; staff manage
 * only the stations they are assigned to (and those they set up themselves).
 */
@Service
@PreAuthorize("hasAnyRole('LOCKER_STAFF', 'ADMIN')")
public class LockerAdminService {

	/** A locker terminal one can assign to a station. */
	public record TerminalChoice(long deviceId, String name, String place) {
	}

	/** A locker staff account one can assign to a station. */
	public record StaffChoice(long accountId, String displayName, String username) {
	}

	private final PictureCleaner pictures;

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final DeviceService devices;

	private final SimulatedStations simulated;

	private final AccessCodeKeys keys;

	private final StationStaff staff;

	private final AccountService accounts;

	private final BorrowerContacts contacts;

	private final BorrowerNotices notices;

	private final ApplicationEventPublisher events;

	private final LockerProperties properties;

	private final Clock clock;

	LockerAdminService(StationRepository stations, ReservationRepository reservations, DeviceService devices,
			SimulatedStations simulated, AccessCodeKeys keys, StationStaff staff, AccountService accounts,
			BorrowerContacts contacts, BorrowerNotices notices, ApplicationEventPublisher events,
			LockerProperties properties, Clock clock, PictureCleaner pictures) {
		this.staff = staff;
		this.contacts = contacts;
		this.notices = notices;
		this.events = events;
		this.properties = properties;
		this.accounts = accounts;
		this.pictures = pictures;
		this.keys = keys;
		this.stations = stations;
		this.reservations = reservations;
		this.devices = devices;
		this.simulated = simulated;
		this.clock = clock;
	}

	/** The stations the signed-in person manages (admins: all). */
	@Transactional(readOnly = true)
	public List<Station> stations() {
		LongPredicate manageable = this.staff.manageable();
		return this.stations.findAll().stream().filter(s -> manageable.test(s.id())).toList();
	}

	/** The station, if the signed-in person manages it. */
	@Transactional(readOnly = true)
	public Optional<Station> station(long stationId) {
		return this.stations.findById(stationId).filter(s -> this.staff.manageable().test(s.id()));
	}

	/** Whether the signed-in person assigns staff to stations (admins). */
	@Transactional(readOnly = true)
	public boolean assignsStaff() {
		return this.staff.isAdmin();
	}

	/** The enabled locker staff accounts, by name: whom a station can be given to. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<StaffChoice> staffChoices() {
		return this.accounts.listAccounts()
			.stream()
			.filter(a -> a.enabled() && a.hasRole(Role.LOCKER_STAFF))
			.sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
			.map(a -> new StaffChoice(a.id(), a.displayName(), a.username()))
			.toList();
	}

	/** The accounts assigned to the station. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Set<Long> stationStaff(long stationId) {
		this.stations.findById(stationId).orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		return this.stations.staffOf(stationId);
	}

	/**
	 * Makes exactly these locker staff accounts the station's staff.
	 * @throws Refusal at {@code staff} for an account that is not enabled locker staff
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void assignStaff(long stationId, Set<Long> accountIds) {
		this.stations.findById(stationId).orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		Set<Long> choices = staffChoices().stream().map(StaffChoice::accountId).collect(Collectors.toSet());
		if (!choices.containsAll(accountIds)) {
			throw Refusal.at("staff", "lockers.error.not-staff");
		}
		this.stations.setStaff(stationId, Set.copyOf(accountIds));
	}

	/**
	 * The enrolled locker terminals (kiosk devices of that kind) that are free or belong
	 * to a station the signed-in person manages.
	 */
	@Transactional(readOnly = true)
	public List<TerminalChoice> terminals() {
		LongPredicate manageable = this.staff.manageable();
		return this.devices.lockerTerminals()
			.stream()
			.filter(d -> this.stations.findByDevice(d.id()).map(s -> manageable.test(s.id())).orElse(true))
			.map(d -> new TerminalChoice(d.id(), d.name(), d.place()))
			.toList();
	}

	@Transactional
	public long createStation(NewStation station) {
		NewStation valid = validate(station, null);
		long id = this.stations.insert(valid);
		if (!this.staff.isAdmin()) {
			// staff look after the station they set up
			this.accounts.signedInAccountId().ifPresent(accountId -> this.stations.addStaff(id, accountId));
		}
		afterCommit(id);
		return id;
	}

	@Transactional
	public void updateStation(long stationId, NewStation station) {
		this.staff.require(stationId);
		NewStation valid = validate(station, stationId);
		if (!this.stations.update(stationId, valid)) {
			throw new Refusal("lockers.error.unknown-station");
		}
		afterCommit(stationId);
	}

	@Transactional(readOnly = true)
	public List<Compartment> compartments(long stationId) {
		this.staff.require(stationId);
		return this.stations.compartments(stationId);
	}

	@Transactional
	public long addCompartment(long stationId, NewCompartment compartment) {
		this.staff.require(stationId);
		this.stations.findById(stationId).orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		validate(compartment);
		if (this.stations.numberTaken(stationId, compartment.number(), null)) {
			throw Refusal.at("number", "lockers.error.number-taken", compartment.number());
		}
		long id = this.stations.insertCompartment(stationId, compartment);
		afterCommit(stationId);
		return id;
	}

	/** Changes a compartment, including putting it into maintenance and back. */
	@Transactional
	public void updateCompartment(long compartmentId, NewCompartment compartment) {
		Compartment existing = this.stations.compartment(compartmentId)
			.orElseThrow(() -> new Refusal("lockers.error.unknown-compartment"));
		this.staff.require(existing.stationId());
		validate(compartment);
		if (this.stations.numberTaken(existing.stationId(), compartment.number(), compartmentId)) {
			throw Refusal.at("number", "lockers.error.number-taken", compartment.number());
		}
		this.stations.updateCompartment(compartmentId, compartment);
		afterCommit(existing.stationId());
	}

	@Transactional(readOnly = true)
	public List<Item> items(long stationId) {
		this.staff.require(stationId);
		return this.stations.items(stationId);
	}

	@Transactional
	public long addItem(NewItem item) {
		requireCompartment(item.compartmentId());
		NewItem valid = validate(item, null);
		return this.stations.insertItem(valid);
	}

	@Transactional
	public void updateItem(long itemId, NewItem item) {
		Item existing = this.stations.item(itemId).orElseThrow(() -> new Refusal("lockers.error.unknown-item"));
		requireCompartment(existing.compartmentId());
		requireCompartment(item.compartmentId());
		NewItem valid = validate(item, itemId);
		// a reservation names the compartment its code opens
		if (existing.compartmentId() != valid.compartmentId() && this.reservations.hasLiveForItem(itemId)) {
			throw Refusal.at("compartmentId", "lockers.error.item-reserved");
		}
		this.stations.updateItem(itemId, valid);
	}

	/** The station now: doors, items, reservations, agent online or not. */
	@Transactional(readOnly = true)
	public Board board(long stationId) {
		this.staff.require(stationId);
		Station station = this.stations.findById(stationId)
			.orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		Instant now = this.clock.instant();
		AgentStatus agent = station.deviceId() == null ? new AgentStatus(false, null)
				: this.devices.agentStatus(station.deviceId());
		Map<Long, Item> items = this.stations.items(stationId)
			.stream()
			.collect(Collectors.toMap(Item::compartmentId, Function.identity()));
		List<Reservation> live = this.reservations.liveAt(stationId);
		List<BoardEntry> entries = new ArrayList<>();
		for (Compartment compartment : this.stations.compartments(stationId)) {
			Item item = items.get(compartment.id());
			List<Reservation> here = live.stream()
				.filter(r -> r.compartmentNumber() == compartment.number())
				.sorted(Comparator.comparing(Reservation::start))
				.toList();
			Reservation out = here.stream()
				.filter(r -> r.status() == ReservationStatus.PICKED_UP)
				.findFirst()
				.orElse(null);
			Reservation current = out != null ? out
					: here.stream()
						.filter(r -> !r.start().isAfter(now) && r.end().isAfter(now))
						.findFirst()
						.orElse(null);
			Reservation next = here.stream()
				.filter(r -> r.status() == ReservationStatus.RESERVED && r.start().isAfter(now))
				.findFirst()
				.orElse(null);
			boolean doorOpen = this.stations.isDoorOpen(stationId, compartment.number()).orElse(false);
			entries.add(new BoardEntry(compartment, item, doorOpen, item != null && out == null, current, next,
					out != null && out.isOverdue(now)));
		}
		return new Board(station, agent.online(), agent.lastSeen(), entries);
	}

	/**
	 * Picked-up items past the end of their slot, across the stations the signed-in
	 * person manages, oldest first, each with the borrower's name and e-mail address (as
	 * stored in her notification settings): the staff of the station ask for the item
	 * back. Nothing else about the borrower is shown, and only for an overdue item of a
	 * station the person manages.
	 */
	@Transactional(readOnly = true)
	public List<OverdueLoan> overdue() {
		LongPredicate manageable = this.staff.manageable();
		List<Reservation> overdue = this.reservations.overdue(this.clock.instant())
			.stream()
			.filter(r -> manageable.test(r.stationId()))
			.toList();
		if (overdue.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.reservations
			.borrowerNames(overdue.stream().map(Reservation::accountId).collect(Collectors.toSet()));
		Map<Long, List<BorrowerNotice>> told = this.notices
			.overdueNotices(overdue.stream().map(Reservation::id).toList());
		return overdue.stream()
			.map(r -> new OverdueLoan(r, names.getOrDefault(r.accountId(), ""),
					this.contacts.email(r.accountId()).orElse(null), told.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/**
	 * Sends the borrower of an overdue item of a station the signed-in person manages a
	 * reminder to bring it back, through the notification centre (as the person chose to
	 * be told; quiet hours hold it back until the morning). At most one per
	 * {@code go.lockers.staff-reminder-interval} and item; each is audited.
	 * @throws Refusal at {@code remind}: the item is not overdue (any more), or the last
	 * reminder is too recent (with the time the next one may go)
	 */
	@Transactional
	public void remindBorrower(long reservationId) {
		Reservation reservation = this.reservations.lock(reservationId)
			.filter(r -> this.staff.manageable().test(r.stationId()))
			.orElseThrow(() -> new Refusal("lockers.error.unknown"));
		Instant now = this.clock.instant();
		if (!reservation.isOverdue(now)) {
			throw Refusal.at("remind", "lockers.error.remind-not-overdue");
		}
		long me = this.accounts.signedInAccountId().orElseThrow(() -> new Refusal("lockers.error.unknown"));
		Duration interval = this.properties.staffReminderInterval();
		int number = this.reservations.markStaffReminded(reservationId, now, now.minus(interval)).orElseThrow(() -> {
			Instant last = this.reservations.staffRemindedAt(List.of(reservationId)).getOrDefault(reservationId, now);
			Instant next = last.plus(interval);
			return Refusal.at("remind", "lockers.error.remind-too-soon", CityTime.date(last), minute(last),
					CityTime.date(next), minute(next));
		});
		this.events.publishEvent(new LockerEvents.BorrowerReminded(UUID.randomUUID(), now, reservationId,
				reservation.accountId(), me, number));
	}

	private static LocalTime minute(Instant instant) {
		return instant.atZone(CityTime.ZONE).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * The configuration file for the station's agent on its Raspberry Pi: the portal's
	 * address, a new agent credential (the previous one stops working), the station, the
	 * public key that checks codes offline, and one wiring block per compartment with
	 * example pins to adapt. Shown once to the staff member who installs the agent.
	 */
	@Transactional
	public String agentConfiguration(long stationId, String portalUrl) {
		this.staff.require(stationId);
		Station station = this.stations.findById(stationId)
			.orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		Long device = station.deviceId();
		if (device == null) {
			throw new Refusal("lockers.error.no-terminal");
		}
		if (station.simulated()) {
			throw new Refusal("lockers.error.simulated-agent");
		}
		String credential = this.devices.newAgentCredential(device);
		StringBuilder file = new StringBuilder();
		file.append("# Locker agent of station \"").append(station.name()).append("\" (kiosk/README.md)\n");
		file.append("portal=").append(portalUrl).append('\n');
		file.append("credential=").append(credential).append('\n');
		file.append("stationId=").append(stationId).append('\n');
		// every accepted key by id: during a rotation the staged key arrives before it
		// signs
		CodeKeys publicKeys = this.keys.publicKeys();
		publicKeys.byId()
			.forEach((id, key) -> file.append("publicKey.")
				.append(id)
				.append('=')
				.append(AccessCodes.encode(key))
				.append('\n'));
		if (publicKeys.legacyId() != null) {
			file.append("legacyKeyId=").append(publicKeys.legacyId()).append('\n');
		}
		// example BCM pins: two per compartment from GPIO 4 up; adapt to the wiring
		int pin = 4;
		for (Compartment compartment : this.stations.compartments(stationId)) {
			file.append("compartment.").append(compartment.number()).append(".relayPin=").append(pin++).append('\n');
			file.append("compartment.").append(compartment.number()).append(".doorPin=").append(pin++).append('\n');
		}
		file.append("stateDir=state\nmock=false\n");
		return file.toString();
	}

	/**
	 * Opens or closes a door of a simulated station as a person would (the simulated
	 * sensor reports it like a real one).
	 */
	@Transactional(readOnly = true)
	public void simulateDoor(long stationId, int compartment, boolean open) {
		this.staff.require(stationId);
		this.simulated.simulateDoor(stationId, compartment, open);
	}

	/** An unknown compartment is left to the validation, which names the field. */
	private void requireCompartment(long compartmentId) {
		this.stations.compartment(compartmentId).ifPresent(c -> this.staff.require(c.stationId()));
	}

	private void afterCommit(long stationId) {
		org.springframework.transaction.support.TransactionSynchronizationManager
			.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
				@Override
				public void afterCommit() {
					LockerAdminService.this.simulated.ensureRunning(stationId);
				}
			});
	}

	/**
	 * A refusal names the field it concerns: {@code name}, {@code place}, {@code closes},
	 * {@code deviceId}.
	 */
	private NewStation validate(NewStation station, @Nullable Long stationId) {
		String name = Input.required("name", station.name(), 100, "lockers.error.station-name");
		String place = Input.required("place", station.place(), 200, "lockers.error.station-place");
		if (!station.opens().isBefore(station.closes())) {
			throw Refusal.at("closes", "lockers.error.hours");
		}
		if (this.stations.nameTaken(name, stationId)) {
			throw Refusal.at("name", "lockers.error.station-name-taken");
		}
		Long device = station.deviceId();
		if (device != null) {
			if (terminals().stream().noneMatch(t -> t.deviceId() == device)) {
				throw Refusal.at("deviceId", "lockers.error.no-terminal");
			}
			if (this.stations.deviceTaken(device, stationId)) {
				throw Refusal.at("deviceId", "lockers.error.terminal-taken");
			}
		}
		if (station.simulated() && device == null) {
			throw Refusal.at("deviceId", "lockers.error.simulated-needs-terminal");
		}
		return new NewStation(name, place, station.opens(), station.closes(), device, station.simulated());
	}

	/** A refusal names the field it concerns: {@code number}, {@code heightCm}. */
	private static void validate(NewCompartment compartment) {
		if (compartment.number() < 1 || compartment.number() > 255) {
			throw Refusal.at("number", "lockers.error.number");
		}
		if (compartment.heightCm() < 0 || compartment.heightCm() > 250) {
			throw Refusal.at("heightCm", "lockers.error.height");
		}
	}

	/**
	 * A refusal names the field it concerns: {@code name}, {@code compartmentId},
	 * {@code altDe}, {@code altEn}.
	 */
	private NewItem validate(NewItem item, @Nullable Long itemId) {
		String name = Input.required("name", item.name(), 100, "lockers.error.item-name");
		this.stations.compartment(item.compartmentId())
			.orElseThrow(() -> Refusal.at("compartmentId", "lockers.error.unknown-compartment"));
		if (this.stations.compartmentHasItem(item.compartmentId(), itemId)) {
			throw Refusal.at("compartmentId", "lockers.error.compartment-taken");
		}
		ItemPhoto photo = item.photo();
		if (photo != null) {
			if (photo.data().length == 0 || photo.data().length > ItemPhoto.MAX_BYTES) {
				throw new Refusal("lockers.error.photo-size");
			}
			// kept as decoded and encoded anew: no EXIF, the kind the bytes really are
			Pictures.Clean clean = this.pictures.clean(photo.data(), "lockers.error.photo-type");
			String altDe = Input.required("altDe", photo.altDe(), 300, "lockers.error.photo-alt");
			String altEn = Input.required("altEn", photo.altEn(), 300, "lockers.error.photo-alt");
			photo = new ItemPhoto(clean.data(), clean.type(), altDe, altEn);
		}
		return new NewItem(item.compartmentId(), item.type(), name, item.condition(), photo);
	}

}
