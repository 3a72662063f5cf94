package de.norderstedt.go.lockers;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;
import de.norderstedt.go.web.Refusal;

import org.springframework.stereotype.Component;

/**
 * The person's locker reservations. An account is deleted only when none is active: a
 * reservation to come is cancelled by the person first (so its codes stop working at the
 * station too), an item out is brought back first.
 */
@Component
class LockerPersonalData implements PersonalDataPart {

	private final ReservationRepository reservations;

	LockerPersonalData(ReservationRepository reservations) {
		this.reservations = reservations;
	}

	@Override
	public String part() {
		return "reservations";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.reservations.forExport(accountId);
	}

	@Override
	public void erase(long accountId) {
		if (this.reservations.findByAccount(accountId).stream().anyMatch(Reservation::isActive)) {
			throw new Refusal("privacy.error.locker-active");
		}
		this.reservations.deleteOfAccount(accountId);
	}

}
