package de.norderstedt.go.lockers;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the borrowers of overdue items were told: the overdue notice and the reminders
 * staff sent, as the notification centre recorded them (which way, when, whether it
 * arrived). The notification centre provides it; the lockers know it only through this
 * interface (the notifications depend on the lockers already, for their messages).
 */
public interface BorrowerNotices {

	/**
	 * The overdue notices and staff reminders of the reservations, oldest first, by
	 * reservation (a reservation nobody was told about is missing).
	 */
	Map<Long, List<BorrowerNotice>> overdueNotices(Collection<Long> reservationIds);

}
