package de.norderstedt.go.courses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person was told about their bookings (confirmed, waiting, moved up,
 * reminders, changed dates, messages from the trainer), for "Meine Buchungen". The
 * notification centre keeps these messages and provides them: it tells people about the
 * courses' events, so the courses know it only through this interface (a direct
 * dependency would make the two features a cycle).
 */
public interface BookingNews {

	/** The signed-in person's booking messages, newest first; none for visitors. */
	List<Item> mine(Locale locale);

	/** Marks these of the signed-in person's messages read (seen on the page). */
	void markRead(Collection<Long> ids);

	/**
	 * One message in the page's language.
	 *
	 * @param link where it leads inside the portal (the ticket), if anywhere
	 */
	record Item(long id, String title, String body, @Nullable String link, Instant createdAt, boolean unread) {
	}

}
