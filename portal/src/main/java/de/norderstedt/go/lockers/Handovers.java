package de.norderstedt.go.lockers;

import java.time.Instant;

import de.norderstedt.go.kiosk.codes.CodeAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a used code does to its reservation, whether the terminal opened online or the
 * agent opened offline: a pickup moves it to picked up and brings the return code, a
 * return ends it; each is published once.
 */
@Component
class Handovers {

	private final ReservationRepository reservations;

	private final AccessCodeIssuer issuer;

	private final ApplicationEventPublisher events;

	Handovers(ReservationRepository reservations, AccessCodeIssuer issuer, ApplicationEventPublisher events) {
		this.reservations = reservations;
		this.issuer = issuer;
		this.events = events;
	}

	/**
	 * Moves the (locked) reservation on; false when it had moved on already (a report
	 * that came late).
	 */
	boolean handOver(CodeAction action, Reservation reservation, Instant at) {
		if (action == CodeAction.PICKUP) {
			if (!this.reservations.pickedUp(reservation.id(), at)) {
				return false;
			}
			this.issuer.giveBack(reservation, at);
			this.events.publishEvent(
					new LockerEvents.ReservationPickedUp(reservation.id(), reservation.accountId(), reservation.end()));
			return true;
		}
		if (!this.reservations.returned(reservation.id(), at)) {
			return false;
		}
		this.events.publishEvent(new LockerEvents.ReservationReturned(reservation.id(), reservation.accountId()));
		return true;
	}

}
