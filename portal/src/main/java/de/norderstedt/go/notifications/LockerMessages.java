package de.norderstedt.go.notifications;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.lockers.LockerEvents;
import de.norderstedt.go.lockers.LockerService;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells borrowers about their locker reservations: confirmed, due back soon, overdue, and
 * each reminder staff send about an overdue item.
 */
@Component
class LockerMessages {

	private static final String OVERDUE = "locker-overdue:";

	private static final String STAFF_REMINDER = "locker-reminder-by-staff:";

	/** The overdue notice's source, or a staff reminder's (with its number). */
	private static final Pattern OVERDUE_SOURCE = Pattern
		.compile("(?:" + OVERDUE + "([0-9]+)|" + STAFF_REMINDER + "([0-9]+):[0-9]+)");

	private final LockerService lockers;

	private final Notifier notifier;

	LockerMessages(LockerService lockers, Notifier notifier) {
		this.lockers = lockers;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationConfirmed event) {
		tell(event.reservationId(), "confirmed", "locker-confirmed:" + event.reservationId(), true);
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationEndingSoon event) {
		tell(event.reservationId(), "ending-soon", "locker-ending-soon:" + event.reservationId(), false);
	}

	@ApplicationModuleListener
	void on(LockerEvents.ReservationOverdue event) {
		tell(event.reservationId(), "overdue", overdueSource(event.reservationId()), false);
	}

	/**
	 * Each reminder is a message of its own; quiet hours hold it back until the morning.
	 */
	@ApplicationModuleListener
	void on(LockerEvents.BorrowerReminded event) {
		tell(event.reservationId(), "staff-reminder", staffReminderPrefix(event.reservationId()) + event.number(),
				false);
	}

	private void tell(long reservationId, String kind, String source, boolean whileAwake) {
		this.lockers.reservationToTell(reservationId)
			.ifPresent(reservation -> this.notifier.notify(List.of(reservation.accountId()),
					NotificationCategory.LOCKER, source,
					MessageTexts.message("notifications.message.locker." + kind + ".",
							"/schliessfaecher/reservierung/" + reservationId, reservation.itemName(),
							reservation.stationName(), reservation.compartmentNumber(), reservation.start(),
							new MessageTexts.Time(reservation.start()), new MessageTexts.Time(reservation.end())),
					false, whileAwake));
	}

	static String overdueSource(long reservationId) {
		return OVERDUE + reservationId;
	}

	/** How the sources of the staff's reminders about the reservation start. */
	static String staffReminderPrefix(long reservationId) {
		return STAFF_REMINDER + reservationId + ":";
	}

	static boolean isStaffReminder(String source) {
		return source.startsWith(STAFF_REMINDER);
	}

	/** The reservation an overdue notice or a staff reminder is about. */
	static @Nullable Long reservationOf(String source) {
		Matcher matcher = OVERDUE_SOURCE.matcher(source);
		if (!matcher.matches()) {
			return null;
		}
		return Long.valueOf(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
	}

}
