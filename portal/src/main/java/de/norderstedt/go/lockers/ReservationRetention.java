package de.norderstedt.go.lockers;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes returned and cancelled locker reservations (who borrowed what, when) and their
 * access codes a set time after the end of the slot
 * ({@code go.privacy.retention.locker-reservations}). Reservations still open (an item
 * not back) stay. Running twice, or on several instances at once, changes nothing more.
 */
@Component
class ReservationRetention implements RetentionJob {

	private final ReservationRepository reservations;

	private final RetentionProperties retention;

	private final Clock clock;

	ReservationRetention(ReservationRepository reservations, RetentionProperties retention, Clock clock) {
		this.reservations = reservations;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.LOCKER_RESERVATIONS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.reservations.deleteFinishedBefore(this.clock.instant().minus(this.retention.lockerReservations()));
	}

}
