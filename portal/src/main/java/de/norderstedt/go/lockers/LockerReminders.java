package de.norderstedt.go.lockers;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reminder shortly before a borrowed item is due back, and an overdue notice after.
 * Each goes out once, also with several portal instances (the row is marked in the same
 * transaction as the event is published).
 */
@Component
class LockerReminders {

	private final ReservationRepository reservations;

	private final ApplicationEventPublisher events;

	private final LockerProperties properties;

	private final Clock clock;

	LockerReminders(ReservationRepository reservations, ApplicationEventPublisher events, LockerProperties properties,
			Clock clock) {
		this.reservations = reservations;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Publishes the due reminders and overdue notices; returns how many. */
	@Transactional
	int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (Reservation r : this.reservations.endingWithoutReminder(now, now.plus(this.properties.reminderBefore()))) {
			if (this.reservations.markReminded(r.id(), now)) {
				this.events.publishEvent(new LockerEvents.ReservationEndingSoon(r.id(), r.accountId(), r.end()));
				sent++;
			}
		}
		for (Reservation r : this.reservations.overdueWithoutNotice(now)) {
			if (this.reservations.markOverdue(r.id(), now)) {
				this.events.publishEvent(new LockerEvents.ReservationOverdue(r.id(), r.accountId(), r.end()));
				sent++;
			}
		}
		return sent;
	}

}
