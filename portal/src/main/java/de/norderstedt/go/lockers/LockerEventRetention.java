package de.norderstedt.go.lockers;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what locker terminals reported (doors opened and closed, codes used or refused)
 * a set time after it happened ({@code go.privacy.retention.locker-events}). Running
 * twice, or on several instances at once, changes nothing more.
 */
@Component
class LockerEventRetention implements RetentionJob {

	private final StationRepository stations;

	private final RetentionProperties retention;

	private final Clock clock;

	LockerEventRetention(StationRepository stations, RetentionProperties retention, Clock clock) {
		this.stations = stations;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.LOCKER_EVENTS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.stations.deleteEventsBefore(this.clock.instant().minus(this.retention.lockerEvents()));
	}

}
