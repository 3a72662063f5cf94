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
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.stereotype.Component;

/**
 * A ticket as an iCalendar file: the date in Norderstedt's local time (with the time
 * zone's rules inside, so every calendar app shows the right hour).
 */
@Component
class TicketCalendars {

	private final VTimeZone zone;

	TicketCalendars() {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		// ical4j ships the zone data: a missing Europe/Berlin would be a broken library
		this.zone = Objects.requireNonNull(registry.getTimeZone(CityTime.ZONE.getId())).getVTimeZone();
	}

	String calendar(Ticket ticket, Locale locale) {
		CourseDate date = ticket.date();
		ZonedDateTime start = date.startsAt().atZone(CityTime.ZONE);
		ZonedDateTime end = date.endsAt().atZone(CityTime.ZONE);
		VEvent event = new VEvent(start, end, date.title());
		event.add(new Uid("booking-" + ticket.booking().code() + "@norderstedt-go"));
		event.add(new Location(ticket.place().name() + ", " + ticket.place().address()));
		event.add(new Description(Texts.get("courses.ics.description", locale, ticket.booking().code())));
		if (date.isCancelled()) {
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
