package de.norderstedt.go.lockers;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locker staff and admins: stations, compartments, items, the live board and the overdue
 * list.
 */
@Service
@PreAuthorize("hasAnyRole('LOCKER_STAFF', 'ADMIN')")
public class LockerAdminService {

	/** A locker terminal one can assign to a station. */
	public record TerminalChoice(long deviceId, String name, String place) {
	}

	@Transactional(readOnly = true)
	public List<Station> stations() {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional(readOnly = true)
	public Optional<Station> station(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The enrolled locker terminals (kiosk devices of that kind). */
	@Transactional(readOnly = true)
	public List<TerminalChoice> terminals() {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	public long createStation(NewStation station) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	public void updateStation(long stationId, NewStation station) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional(readOnly = true)
	public List<Compartment> compartments(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	public long addCompartment(long stationId, NewCompartment compartment) {
		throw new UnsupportedOperationException("in progress");
	}

	/** Changes a compartment, including putting it into maintenance and back. */
	@Transactional
	public void updateCompartment(long compartmentId, NewCompartment compartment) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional(readOnly = true)
	public List<Item> items(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	public long addItem(NewItem item) {
		throw new UnsupportedOperationException("in progress");
	}

	@Transactional
	public void updateItem(long itemId, NewItem item) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The station now: doors, items, reservations, agent online or not. */
	@Transactional(readOnly = true)
	public Board board(long stationId) {
		throw new UnsupportedOperationException("in progress");
	}

	/** Picked-up items past the end of their slot, across all stations, oldest first. */
	@Transactional(readOnly = true)
	public List<Reservation> overdue() {
		throw new UnsupportedOperationException("in progress");
	}

	/**
	 * Opens or closes a door of a simulated station as a person would (the simulated
	 * sensor reports it like a real one).
	 */
	public void simulateDoor(long stationId, int compartment, boolean open) {
		throw new UnsupportedOperationException("in progress");
	}

}
