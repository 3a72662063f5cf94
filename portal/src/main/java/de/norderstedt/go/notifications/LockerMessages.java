package de.norderstedt.go.notifications;

import java.util.List;

import de.norderstedt.go.lockers.LockerEvents;
import de.norderstedt.go.lockers.LockerService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells borrowers about their locker reservations: confirmed, due back soon, overdue. */
@Component
class LockerMessages {

	private final LockerService lockers;

	private final Notifier notifier;

	LockerMessages(LockerService lockers, Notifier notifier) {
		this.lockers = lockers;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationConfirmed event) {
		tell(event.reservationId(), "confirmed", true);
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationEndingSoon event) {
		tell(event.reservationId(), "ending-soon", false);
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationOverdue event) {
		tell(event.reservationId(), "overdue", false);
	}

	private void tell(long reservationId, String kind, boolean whileAwake) {
		this.lockers.reservationToTell(reservationId)
			.ifPresent(reservation -> this.notifier.notify(List.of(reservation.accountId()),
					NotificationCategory.LOCKER, "locker-" + kind + ":" + reservationId,
					MessageTexts.message("notifications.message.locker." + kind + ".",
							"/schliessfaecher/reservierung/" + reservationId, reservation.itemName(),
							reservation.stationName(), reservation.compartmentNumber(), reservation.start(),
							new MessageTexts.Time(reservation.start()), new MessageTexts.Time(reservation.end())),
					false, whileAwake));
	}

}
