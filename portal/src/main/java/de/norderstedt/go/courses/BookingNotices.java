package de.norderstedt.go.courses;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns booking events into notices in the app for people with an account (the person
 * booked, or whoever booked for them), until the notification centre delivers them on
 * every channel. Each handler may run twice after a crash; the notice is stored once.
 */
@Component
class BookingNotices {

	private final BookingRepository bookings;

	private final CourseRepository courses;

	BookingNotices(BookingRepository bookings, CourseRepository courses) {
		this.bookings = bookings;
		this.courses = courses;
	}

	@ApplicationModuleListener
	void on(BookingEvents.BookingConfirmed event) {
		notice(event.accountId(), event.bookingId(), BookingNotice.Kind.CONFIRMED, null);
	}

	@ApplicationModuleListener
	void on(BookingEvents.BookingWaiting event) {
		notice(event.accountId(), event.bookingId(), BookingNotice.Kind.WAITING, Integer.toString(event.position()));
	}

	@ApplicationModuleListener
	void on(BookingEvents.BookingPromoted event) {
		notice(event.accountId(), event.bookingId(), BookingNotice.Kind.PROMOTED, null);
	}

	@ApplicationModuleListener
	void on(BookingEvents.BookingReminderDue event) {
		notice(event.accountId(), event.bookingId(), BookingNotice.Kind.REMINDER, null);
	}

	@ApplicationModuleListener
	void on(BookingEvents.CourseDateCancelled event) {
		this.bookings.activeOfDate(event.dateId())
			.forEach(booking -> notice(booking, BookingNotice.Kind.DATE_CANCELLED, null, event.reason()));
	}

	@ApplicationModuleListener
	void on(BookingEvents.CourseDateMoved event) {
		this.bookings.activeOfDate(event.dateId())
			.forEach(booking -> notice(booking, BookingNotice.Kind.DATE_MOVED, null, event.newStart().toString()));
	}

	@ApplicationModuleListener
	void on(BookingEvents.ParticipantsMessaged event) {
		String body = this.courses.message(event.messageId()).orElse(null);
		if (body != null) {
			this.bookings.activeOfDate(event.dateId())
				.forEach(booking -> notice(booking, BookingNotice.Kind.MESSAGE, event.messageId(), body));
		}
	}

	// bookings without an account need nothing here (and no database work)
	private void notice(@Nullable Long accountId, long bookingId, BookingNotice.Kind kind, @Nullable String detail) {
		if (accountId != null) {
			this.bookings.insertNotice(accountId, bookingId, kind, null, detail);
		}
	}

	private void notice(Booking booking, BookingNotice.Kind kind, @Nullable Long messageId, @Nullable String detail) {
		Long account = booking.recipientId();
		if (account != null) {
			this.bookings.insertNotice(account, booking.id(), kind, messageId, detail);
		}
	}

}
