package de.norderstedt.go.courses;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises course bookings a set time after the course date ended
 * ({@code go.privacy.retention.guest-bookings}): the name, phone number and e-mail
 * address are deleted, the booking stays for the course statistics (how many came, how
 * many did not). Running twice, or on several instances at once, changes nothing more.
 */
@Component
class GuestBookingRetention implements RetentionJob {

	private final BookingRepository bookings;

	private final RetentionProperties retention;

	private final Clock clock;

	GuestBookingRetention(BookingRepository bookings, RetentionProperties retention, Clock clock) {
		this.bookings = bookings;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.GUEST_BOOKINGS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.bookings.anonymiseDatesEndedBefore(this.clock.instant().minus(this.retention.guestBookings()),
				this.clock.instant());
	}

}
