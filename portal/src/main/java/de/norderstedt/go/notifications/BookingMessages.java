package de.norderstedt.go.notifications;

import java.util.List;
import java.util.Optional;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingEvents;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about their course bookings: the person booked, or whoever booked for
 * them, as each chose; a guest (a booking without an account) who left an e-mail address
 * gets the same messages there, in the language she booked in (see
 * {@link EmailAddresses#guestMayReceive}). Confirmations and waiting-list places answer
 * what the person just did, so quiet hours do not hold them back; the rest waits for the
 * morning.
 * <p>
 * A guest who left only a phone number has nobody to tell here (she has the ticket and
 * its code, and the ticket says so): her events carry neither an account nor an address,
 * and the listener's condition keeps them out of the event publication registry, so such
 * guests cost no stored publication and no handler run.
 */
@Component
class BookingMessages {

	/**
	 * Events about a booking of (or made by) an account, or of a guest who left an e-mail
	 * address: only those are told here.
	 */
	private static final String SOMEONE_TO_TELL = "#event.accountId() != null || #event.guestEmail()";

	private final CourseService courses;

	private final BookingService bookings;

	private final Notifier notifier;

	private final EmailAddresses addresses;

	private final NotificationRepository notifications;

	BookingMessages(CourseService courses, BookingService bookings, Notifier notifier, EmailAddresses addresses,
			NotificationRepository notifications) {
		this.courses = courses;
		this.bookings = bookings;
		this.notifier = notifier;
		this.addresses = addresses;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(condition = SOMEONE_TO_TELL)
	void on(BookingEvents.BookingConfirmed event) {
		tell(event.bookingId(), "confirmed", true);
	}

	@ApplicationModuleListener(condition = SOMEONE_TO_TELL)
	void on(BookingEvents.BookingWaiting event) {
		tell(event.bookingId(), "waiting", true);
	}

	@ApplicationModuleListener(condition = SOMEONE_TO_TELL)
	void on(BookingEvents.BookingPromoted event) {
		tell(event.bookingId(), "promoted", false);
	}

	@ApplicationModuleListener(condition = SOMEONE_TO_TELL)
	void on(BookingEvents.BookingReminderDue event) {
		tell(event.bookingId(), "reminder", false);
	}

	@ApplicationModuleListener
	void on(BookingEvents.CourseDateCancelled event) {
		this.courses.date(event.dateId()).ifPresent(date -> {
			for (Booking booking : this.bookings.bookingsToTell(event.dateId())) {
				String reason = event.reason() == null ? "" : event.reason();
				send(booking, "date-cancelled", false,
						MessageTexts.message("notifications.message.booking.date-cancelled.",
								"/ticket/" + booking.code(), date.title(), date.startsAt(), time(date), booking.name(),
								reason));
			}
		});
	}

	@ApplicationModuleListener
	void on(BookingEvents.CourseDateMoved event) {
		this.courses.date(event.dateId()).ifPresent(date -> {
			for (Booking booking : this.bookings.bookingsToTell(event.dateId())) {
				send(booking, "date-moved:" + event.newStart().getEpochSecond(), false,
						MessageTexts.message("notifications.message.booking.date-moved.", "/ticket/" + booking.code(),
								date.title(), event.newStart(), new MessageTexts.Time(event.newStart()), booking.name(),
								event.oldStart(), new MessageTexts.Time(event.oldStart())));
			}
		});
	}

	@ApplicationModuleListener
	void on(BookingEvents.ParticipantsMessaged event) {
		Optional<String> body = this.bookings.messageToTell(event.messageId());
		Optional<CourseDate> found = this.courses.date(event.dateId());
		if (body.isEmpty() || found.isEmpty()) {
			return;
		}
		CourseDate date = found.get();
		for (Booking booking : this.bookings.bookingsToTell(event.dateId())) {
			send(booking, "message:" + event.messageId(), false,
					MessageTexts.message("notifications.message.booking.message.", "/ticket/" + booking.code(),
							date.title(), date.startsAt(), time(date), booking.name(), body.get()));
		}
	}

	private void tell(long bookingId, String kind, boolean whileAwake) {
		Optional<Booking> found = this.bookings.bookingToTell(bookingId);
		Optional<CourseDate> date = found.flatMap(booking -> this.courses.date(booking.dateId()));
		if (found.isEmpty() || date.isEmpty()) {
			return;
		}
		Booking booking = found.get();
		CourseDate when = date.get();
		send(booking, kind, whileAwake,
				MessageTexts.message("notifications.message.booking." + kind + ".", "/ticket/" + booking.code(),
						when.title(), when.startsAt(), time(when), booking.name(), when.placeName(),
						booking.waitingPosition(), booking.code()));
	}

	/**
	 * The guests' data was deleted: the addresses kept for their messages, and the
	 * messages, go with it.
	 */
	@ApplicationModuleListener
	void on(BookingEvents.BookingsForgotten event) {
		this.addresses.bookingsForgotten(event.bookingIds());
		this.notifications.deleteContactNotificationsOfBookings(event.bookingIds());
	}

	// the source ends in the booking's id: the guest's messages are found by it when her
	// data is deleted
	private void send(Booking booking, String kind, boolean whileAwake, Message message) {
		String source = NotificationRepository.BOOKING_SOURCE + kind + ":" + booking.id();
		@Nullable Long recipient = booking.recipientId();
		if (recipient != null) {
			this.notifier.notify(List.of(recipient), NotificationCategory.BOOKING, source, message, false, whileAwake);
		}
		else if (booking.toldByEmail()) {
			// e-mail is the guest's only channel: it goes out at once, quiet hours are an
			// account's setting
			this.bookings.guestToTell(booking.id())
				.filter(this.addresses::guestMayReceive)
				.ifPresent(guest -> this.notifier.notifyContact(guest.email(), guest.language(),
						NotificationCategory.BOOKING, source, message));
		}
	}

	private static MessageTexts.Time time(CourseDate date) {
		return new MessageTexts.Time(date.startsAt());
	}

}
