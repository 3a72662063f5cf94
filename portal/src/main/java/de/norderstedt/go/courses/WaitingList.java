package de.norderstedt.go.courses;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives free places to the people waiting longest. Both a cancellation (bookings) and a
 * larger course (trainers) free places; the rule is the same.
 */
@Component
class WaitingList {

	private final BookingRepository bookings;

	private final ApplicationEventPublisher events;

	WaitingList(BookingRepository bookings, ApplicationEventPublisher events) {
		this.bookings = bookings;
		this.events = events;
	}

	/**
	 * Confirms waiting bookings while places are free; the caller holds the date's lock.
	 */
	void promoteWhilePlacesFree(long dateId, int capacity) {
		while (this.bookings.countConfirmed(dateId) < capacity) {
			Optional<Long> next = this.bookings.firstWaiting(dateId);
			if (next.isEmpty()) {
				return;
			}
			this.bookings.confirm(next.get());
			Booking promoted = this.bookings.findById(next.get()).orElseThrow();
			this.events.publishEvent(new BookingEvents.BookingPromoted(next.get(), dateId, promoted.recipientId(),
					promoted.toldByEmail()));
		}
	}

}
