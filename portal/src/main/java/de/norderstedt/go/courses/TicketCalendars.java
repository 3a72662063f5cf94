package de.norderstedt.go.courses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.stereotype.Component;

/**
 * A ticket as an iCalendar file: the date in Norderstedt's local time (with the time
 * zone's rules inside, so every calendar app shows the right hour).
 * <p>
 * The file is a snapshot of the event (RFC 5545), not a scheduling message: it has no
 * {@code METHOD}, no organizer and no attendees, so RFC 5546's {@code METHOD:CANCEL} does
 * not apply to it. A cancelled booking or date is told the way a snapshot tells it: the
 * same {@code UID}, {@code STATUS:CANCELLED} and a higher {@code SEQUENCE}, so a calendar
 * that reads the file again replaces the appointment it holds with the cancelled one.
 */
@Component
class TicketCalendars {

	private final VTimeZone zone;

	TicketCalendars() {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		// ical4j ships the zone data: a missing Europe/Berlin would be a broken library
		this.zone = Objects.requireNonNull(registry.getTimeZone(CityTime.ZONE.getId())).getVTimeZone();
	}

	/**
	 * The ticket's file.
	 * @param revision how often its date was moved or cancelled
	 */
	String calendar(Ticket ticket, int revision, Locale locale) {
		CourseDate date = ticket.date();
		ZonedDateTime start = date.startsAt().atZone(CityTime.ZONE);
		ZonedDateTime end = date.endsAt().atZone(CityTime.ZONE);
		VEvent event = new VEvent(start, end, date.title());
		event.add(new Uid("booking-" + ticket.booking().code() + "@norderstedt-go"));
		event.add(new Location(ticket.place().name() + ", " + ticket.place().address()));
		boolean bookingCancelled = ticket.booking().status() == BookingStatus.CANCELLED;
		boolean cancelled = date.isCancelled() || bookingCancelled;
		String description = date.isCancelled() ? "courses.ics.description-date-cancelled"
				: bookingCancelled ? "courses.ics.description-cancelled" : "courses.ics.description";
		event.add(new Description(Texts.get(description, locale, ticket.booking().code())));
		// RFC 5545, 3.8.7.4: every significant revision raises the sequence. The date's
		// own (moved, cancelled) are counted with it; a booking is cancelled once, and
		// nothing follows, so both parts only grow
		event.add(new Sequence(revision + (bookingCancelled ? 1 : 0)));
		if (cancelled) {
			event.add(new Status(Status.VALUE_CANCELLED));
		}
		Calendar calendar = new Calendar().withProdId("-//Stadt Norderstedt//Norderstedt GO//DE")
			.withDefaults()
			.withComponent(this.zone)
			.withComponent(event)
			.getFluentTarget();
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
