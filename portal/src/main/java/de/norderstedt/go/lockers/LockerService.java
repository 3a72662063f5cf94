package de.norderstedt.go.lockers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents reserve an item for a time slot and get the codes that open its compartment.
 */
@Service
public class LockerService {

	/** Locker times are Norderstedt's. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** The stations, by name. */
	@Transactional(readOnly = true)
	public List<Station> stations() {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional(readOnly = true)
	public Optional<Station> station(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The kinds of items the station lends (those with at least one item). */
	@Transactional(readOnly = true)
	public List<ItemType> types(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The longest one can reserve at once. */
	public Duration maxLength() {
		throw new UnsupportedOperationException("in progress");
	}

	/**
	 * The slots of a day that start on the hour within the station's opening hours and
	 * last {@code hours}, with how many items of the type are free for each (slots that
	 * have begun are left out).
	 */
	@Transactional(readOnly = true)
	public List<Slot> availability(long stationId, ItemType type, LocalDate day, int hours) {
		throw new UnsupportedOperationException("in progress");
	}

	/**
	 * Reserves an item of the type for the slot: a compartment at a reachable height
	 * first for people who need one. Throws {@link LockerException} when the slot is not
	 * free (any more), outside the opening hours, too long, in the past, or when the
	 * person has an active reservation of the type already.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public Reservation reserve(long stationId, ItemType type, Instant start, int hours) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The signed-in person's reservations, newest slot first. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Reservation> myReservations() {
		throw new UnsupportedOperationException("in progress");
	}

	/** One of the signed-in person's reservations. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public Optional<Reservation> myReservation(long reservationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/**
	 * The code to show at the terminal now: the pickup code before pickup, the return
	 * code after; empty when the reservation is over or cancelled.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public Optional<AccessPass> pass(long reservationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** Cancels one's reservation before pickup; its codes stop working. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void cancel(long reservationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** Whether the signed-in person asked for compartments at a reachable height. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public boolean needsReachableHeight() {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void setNeedsReachableHeight(boolean needed) {
		throw new UnsupportedOperationException("in progress");
	}

	/** An item's photo (public: the reservation page shows it). */
	@Transactional(readOnly = true)
	public Optional<ItemPhoto> photo(long itemId) {
		throw new UnsupportedOperationException("in progress");
	}

}
