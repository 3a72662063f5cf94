package de.norderstedt.go.lockers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.CityTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents reserve an item for a time slot and get the codes that open its compartment.
 */
@Service
public class LockerService {

	private static final String EXCLUSION_VIOLATION = "23P01";

	/**
	 * A slot that began less than this long ago can still be reserved: someone standing
	 * at the park wants a rollator now, not at the next full hour.
	 */
	private static final Duration CURRENT_SLOT = Duration.ofMinutes(30);

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final AccessCodeIssuer issuer;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final LockerProperties properties;

	private final Clock clock;

	LockerService(StationRepository stations, ReservationRepository reservations, AccessCodeIssuer issuer,
			AccountService accounts, ApplicationEventPublisher events, LockerProperties properties, Clock clock) {
		this.stations = stations;
		this.reservations = reservations;
		this.issuer = issuer;
		this.accounts = accounts;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The stations, by name. */
	@Transactional(readOnly = true)
	public List<Station> stations() {
		return this.stations.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<Station> station(long stationId) {
		return this.stations.findById(stationId);
	}

	/** The kinds of items the station lends (those with at least one item). */
	@Transactional(readOnly = true)
	public List<ItemType> types(long stationId) {
		Set<ItemType> types = this.stations.items(stationId).stream().map(Item::type).collect(Collectors.toSet());
		return List.of(ItemType.values()).stream().filter(types::contains).toList();
	}

	/** The items of a station, with their photos' alt texts (public). */
	@Transactional(readOnly = true)
	public List<Item> items(long stationId) {
		return this.stations.items(stationId);
	}

	/** The longest one can reserve at once. */
	public Duration maxLength() {
		return Duration.ofHours(this.properties.maxHours());
	}

	/** The last day one can reserve today. */
	public LocalDate lastDay() {
		return CityTime.date(this.clock.instant()).plusDays(this.properties.daysAhead());
	}

	/**
	 * The slots of a day that start on the hour within the station's opening hours and
	 * last {@code hours}, with how many items of the type are free for each. Slots that
	 * began more than half an hour ago are left out.
	 */
	@Transactional(readOnly = true)
	public List<Slot> availability(long stationId, ItemType type, LocalDate day, int hours) {
		Station station = this.stations.findById(stationId)
			.orElseThrow(() -> new Refusal("lockers.error.unknown-station"));
		checkLength(hours);
		Instant now = this.clock.instant();
		if (day.isBefore(CityTime.date(this.clock.instant())) || day.isAfter(lastDay())) {
			return List.of();
		}
		List<ReservationRepository.Candidate> candidates = this.reservations.candidates(stationId, type, now);
		Instant dayStart = CityTime.startOf(day);
		List<ReservationRepository.Busy> busy = this.reservations.busy(stationId, dayStart,
				CityTime.startOf(day.plusDays(1)));
		return slots(station, day, hours,
				(from, to) -> (int) candidates.stream().filter(c -> isFree(c, busy, from, to)).count());
	}

	/**
	 * The slots of a day at a station that is not stored (a tutorial's example), as
	 * {@link #availability} makes them, each with {@code free} items: nothing is reserved
	 * there.
	 */
	public List<Slot> exampleAvailability(Station station, LocalDate day, int hours, int free) {
		checkLength(hours);
		if (day.isBefore(CityTime.date(this.clock.instant())) || day.isAfter(lastDay())) {
			return List.of();
		}
		return slots(station, day, hours, (from, to) -> free);
	}

	/**
	 * Whole hours from the first full hour after opening, ending by closing time; slots
	 * that began more than half an hour ago are left out.
	 */
	private List<Slot> slots(Station station, LocalDate day, int hours, BiFunction<Instant, Instant, Integer> free) {
		Instant now = this.clock.instant();
		List<Slot> slots = new ArrayList<>();
		int opens = station.opens().toSecondOfDay();
		int closes = station.closes().toSecondOfDay();
		int firstHour = (opens + 3599) / 3600;
		for (int hour = firstHour; hour * 3600 + hours * 3600 <= closes; hour++) {
			Instant from = CityTime.at(day, LocalTime.of(hour, 0));
			Instant to = from.plus(Duration.ofHours(hours));
			if (from.isBefore(now.minus(CURRENT_SLOT))) {
				continue;
			}
			slots.add(new Slot(from, to, free.apply(from, to)));
		}
		return slots;
	}

	/**
	 * Reserves an item of the type for the slot: a compartment at a reachable height
	 * first for people who need one. Throws a {@link Refusal} when the slot is not free
	 * (any more), outside the opening hours, in the past ({@code start}), too long
	 * ({@code hours}), or when the person has an active reservation of the type already
	 * ({@code type}).
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public Reservation reserve(long stationId, ItemType type, Instant start, int hours) {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new Refusal("lockers.error.sign-in"));
		Station station = this.stations.findById(stationId)
			.orElseThrow(() -> Refusal.at("station", "lockers.error.unknown-station"));
		checkSlot(station, start, hours);
		Instant now = this.clock.instant();
		Instant end = start.plus(Duration.ofHours(hours));
		if (this.reservations.hasLive(account.id(), type)) {
			throw onePerType(type);
		}
		this.reservations.lockCompartments(stationId, type);
		List<ReservationRepository.Busy> busy = this.reservations.busy(stationId, start, end);
		boolean reachable = this.accounts.needsReachableCompartments(account.id());
		// people who need a reachable compartment get one first; others get the rest
		// first, so reachable ones stay free for those who need them
		Comparator<ReservationRepository.Candidate> preference = Comparator
			.comparing((ReservationRepository.Candidate c) -> isReachable(c) != reachable)
			.thenComparing(ReservationRepository.Candidate::number);
		ReservationRepository.Candidate chosen = this.reservations.candidates(stationId, type, now)
			.stream()
			.filter(c -> isFree(c, busy, start, end))
			.min(preference)
			.orElseThrow(() -> Refusal.at("start", "lockers.error.not-free"));
		long id;
		try {
			id = this.reservations.insert(account.id(), stationId, chosen, type, start, end);
		}
		catch (DataIntegrityViolationException ex) {
			if (isExclusionViolation(ex)) {
				throw Refusal.at("start", "lockers.error.not-free");
			}
			throw onePerType(type);
		}
		Reservation reservation = this.reservations.find(id).orElseThrow();
		this.issuer.pickup(reservation);
		this.events.publishEvent(new LockerEvents.ReservationConfirmed(id, account.id(), start, end));
		return reservation;
	}

	/**
	 * Checks a slot as reserving it would, and reserves nothing (a tutorial's practice
	 * asks, with nobody signed in, perhaps at an example station): a length the station
	 * lends for ({@code hours}), not begun more than half an hour ago, not too far ahead,
	 * within the opening hours ({@code start}). Whether an item is free is the
	 * reservation's own question.
	 * @throws Refusal at the field it concerns
	 */
	public void checkSlot(Station station, Instant start, int hours) {
		checkLength(hours);
		Instant now = this.clock.instant();
		Instant end = start.plus(Duration.ofHours(hours));
		if (start.isBefore(now.minus(CURRENT_SLOT))) {
			throw Refusal.at("start", "lockers.error.past");
		}
		ZonedDateTime localStart = start.atZone(CityTime.ZONE);
		ZonedDateTime localEnd = end.atZone(CityTime.ZONE);
		if (localStart.toLocalDate().isAfter(lastDay())) {
			throw Refusal.at("start", "lockers.error.too-far", this.properties.daysAhead());
		}
		if (!localStart.toLocalDate().equals(localEnd.toLocalDate())
				|| localStart.toLocalTime().isBefore(station.opens())
				|| localEnd.toLocalTime().isAfter(station.closes())) {
			throw Refusal.at("start", "lockers.error.closed", station.opens(), station.closes());
		}
	}

	/** The signed-in person's reservations, newest slot first. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Reservation> myReservations() {
		return this.accounts.currentAccount().map(a -> this.reservations.findByAccount(a.id())).orElse(List.of());
	}

	/** One of the signed-in person's reservations. */
	/**
	 * Any reservation, for messages to its borrower (the notifications feature); not for
	 * screens, which show only the person's own.
	 */
	@Transactional(readOnly = true)
	public Optional<Reservation> reservationToTell(long reservationId) {
		return this.reservations.find(reservationId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public Optional<Reservation> myReservation(long reservationId) {
		return own(reservationId);
	}

	/**
	 * The code to show at the terminal now: the pickup code before pickup, the return
	 * code after; empty when the reservation is over or cancelled.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public Optional<AccessPass> pass(long reservationId) {
		return own(reservationId).flatMap(reservation -> switch (reservation.status()) {
			case RESERVED -> Optional.of(this.issuer.pickup(reservation));
			case PICKED_UP -> Optional.of(this.issuer.giveBack(reservation,
					reservation.pickedUpAt() == null ? this.clock.instant() : reservation.pickedUpAt()));
			case RETURNED, CANCELLED -> Optional.empty();
		});
	}

	/** Cancels one's reservation before pickup; its codes stop working. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void cancel(long reservationId) {
		Reservation reservation = own(reservationId).orElseThrow(() -> new Refusal("lockers.error.unknown"));
		this.reservations.lock(reservationId);
		Instant now = this.clock.instant();
		if (!this.reservations.cancel(reservationId, now)) {
			throw new Refusal("lockers.error.not-cancellable");
		}
		this.issuer.revoke(reservationId, now);
		this.events.publishEvent(new LockerEvents.ReservationCancelled(reservationId, reservation.accountId()));
	}

	/** Whether the signed-in person asked for compartments at a reachable height. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public boolean needsReachableHeight() {
		return this.accounts.needsReachableCompartments();
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void setNeedsReachableHeight(boolean needed) {
		this.accounts.setNeedsReachableCompartments(needed);
	}

	/** An item's photo (public: the reservation page shows it). */
	@Transactional(readOnly = true)
	public Optional<ItemPhoto> photo(long itemId) {
		return this.stations.photo(itemId);
	}

	private Optional<Reservation> own(long reservationId) {
		Optional<Account> account = this.accounts.currentAccount();
		if (account.isEmpty()) {
			return Optional.empty();
		}
		return this.reservations.find(reservationId).filter(r -> r.accountId() == account.get().id());
	}

	private void checkLength(int hours) {
		if (hours < 1 || hours > this.properties.maxHours()) {
			throw Refusal.at("hours", "lockers.error.too-long", this.properties.maxHours());
		}
	}

	private static boolean isFree(ReservationRepository.Candidate candidate, List<ReservationRepository.Busy> busy,
			Instant from, Instant to) {
		return busy.stream()
			.noneMatch(b -> b.compartmentId() == candidate.compartmentId() && b.start().isBefore(to)
					&& b.end().isAfter(from));
	}

	private static boolean isReachable(ReservationRepository.Candidate candidate) {
		return candidate.heightCm() >= Compartment.REACHABLE_FROM_CM
				&& candidate.heightCm() <= Compartment.REACHABLE_TO_CM;
	}

	/** The refusal of a second live reservation of a kind, in words naming the kind. */
	private static Refusal onePerType(ItemType type) {
		return Refusal.at("type", "lockers.error.one-per-type." + type.name().toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean isExclusionViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
