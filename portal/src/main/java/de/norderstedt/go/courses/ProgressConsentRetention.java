package de.norderstedt.go.courses;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws participants' consents to show their tutorial progress a set time after the
 * course date ended ({@code go.privacy.retention.progress-consents}): the trainers saw
 * the progress on the day of the date only (see {@link ConsentWindow}), so the consent
 * has no purpose any more. One idempotent statement: running twice, or on several
 * instances at once, changes nothing more.
 */
@Component
class ProgressConsentRetention implements RetentionJob {

	private final BookingRepository bookings;

	private final RetentionProperties retention;

	private final Clock clock;

	ProgressConsentRetention(BookingRepository bookings, RetentionProperties retention, Clock clock) {
		this.bookings = bookings;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.PROGRESS_CONSENTS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.bookings
			.forgetConsentsOfDatesEndedBefore(this.clock.instant().minus(this.retention.progressConsents()));
	}

}
