package de.norderstedt.go.courses;

import java.time.Clock;
import java.util.List;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises course bookings a set time after the course date ended
 * ({@code go.privacy.retention.guest-bookings}): the name, phone number and e-mail
 * address are deleted, the booking stays for the course statistics (how many came, how
 * many did not); the notifications feature deletes the address it kept to tell the guest
 * (event {@code BookingsForgotten}). Running twice, or on several instances at once,
 * changes nothing more.
 */
@Component
class GuestBookingRetention implements RetentionJob {

	private final BookingRepository bookings;

	private final RetentionProperties retention;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GuestBookingRetention(BookingRepository bookings, RetentionProperties retention, Clock clock,
			ApplicationEventPublisher events) {
		this.bookings = bookings;
		this.events = events;
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
		List<Long> anonymised = this.bookings.anonymiseDatesEndedBefore(
				this.clock.instant().minus(this.retention.guestBookings()), this.clock.instant());
		if (!anonymised.isEmpty()) {
			// the address kept to tell the guests goes with it
			this.events.publishEvent(new BookingEvents.BookingsForgotten(anonymised));
		}
		return anonymised.size();
	}

}
