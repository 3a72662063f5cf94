package de.norderstedt.go.lockers;

import java.util.Optional;
import java.util.function.LongPredicate;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.devices.TerminalAccess;
import de.norderstedt.go.web.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may manage which station: admins every station, locker staff the stations they are
 * assigned to. Used by the services, so a station's id in a request does not get around
 * it; a station one may not manage looks like one that does not exist.
 */
@Component
class StationStaff implements TerminalAccess {

	private final StationRepository stations;

	private final AccountService accounts;

	StationStaff(StationRepository stations, AccountService accounts) {
		this.stations = stations;
		this.accounts = accounts;
	}

	/** Which stations the signed-in person may manage (none when no one is signed in). */
	LongPredicate manageable() {
		Optional<Account> account = this.accounts.currentAccount().filter(Account::enabled);
		if (account.isEmpty()) {
			return stationId -> false;
		}
		if (account.get().hasRole(Role.ADMIN)) {
			return stationId -> true;
		}
		if (!account.get().hasRole(Role.LOCKER_STAFF)) {
			return stationId -> false;
		}
		java.util.Set<Long> assigned = this.stations.stationsOfStaff(account.get().id());
		return assigned::contains;
	}

	boolean isAdmin() {
		return this.accounts.currentAccount().filter(Account::enabled).filter(a -> a.hasRole(Role.ADMIN)).isPresent();
	}

	/**
	 * @throws Refusal {@code lockers.error.unknown-station} unless the signed-in person
	 * may manage the station
	 */
	void require(long stationId) {
		if (!manageable().test(stationId)) {
			throw new Refusal("lockers.error.unknown-station");
		}
	}

	@Override
	public boolean mayManageTerminal(long deviceId) {
		LongPredicate manageable = manageable();
		return this.stations.findByDevice(deviceId)
			.map(station -> manageable.test(station.id()))
			.orElseGet(this::isAdmin);
	}

}
