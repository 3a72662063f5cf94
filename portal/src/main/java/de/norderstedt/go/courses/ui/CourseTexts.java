package de.norderstedt.go.courses.ui;

import java.util.Locale;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.courses.Ticket;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;

/**
 * How course facts are said on every course screen, portal and kiosk alike: times in
 * Norderstedt's local time (see {@link CityTime}), free places in words and numbers.
 */
public final class CourseTexts {

	private CourseTexts() {
	}

	/** "Donnerstag, 3. Dezember 2026, 10:00 bis 11:30 Uhr". */
	public static String when(CourseDate date, Locale locale) {
		return Texts.get("courses.when", locale, CityTime.day(date.startsAt(), locale),
				CityTime.time(date.startsAt(), locale), CityTime.time(date.endsAt(), locale));
	}

	/** "Noch 3 Plätze frei", "Noch 1 Platz frei", "Ausgebucht – 2 auf der Warteliste". */
	public static String freePlaces(CourseDate date, Locale locale) {
		if (date.isCancelled()) {
			return Texts.get("courses.places.cancelled", locale);
		}
		if (date.freePlaces() > 0) {
			return Texts.get("courses.places.free", locale, date.freePlaces());
		}
		return Texts.get("courses.places.full", locale, date.waiting());
	}

	public static String topic(CourseTopic topic, Locale locale) {
		return Texts.get("courses.topic." + topic.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale);
	}

	public static String level(CourseLevel level, Locale locale) {
		return Texts.get("courses.level." + level.name().toLowerCase(Locale.ROOT), locale);
	}

	/** "kostenlos" or "5,00 €". */
	public static String price(int priceCents, Locale locale) {
		if (priceCents == 0) {
			return Texts.get("courses.price.free", locale);
		}
		return Texts.get("courses.price.euro", locale, priceCents / 100.0);
	}

	/** "Platz sicher", "Warteliste, Platz 2", "Storniert". */
	public static String status(Booking booking, Locale locale) {
		return switch (booking.status()) {
			case CONFIRMED -> Texts.get("courses.status.confirmed", locale);
			case WAITING -> Texts.get("courses.status.waiting", locale, booking.waitingPosition());
			case CANCELLED -> Texts.get("courses.status.cancelled", locale);
		};
	}

	/**
	 * A ticket's state in a sentence: "Ihr Platz ist sicher.", its waiting position, or
	 * that the booking or the date was cancelled (with the reason given).
	 */
	public static String ticketState(Ticket ticket, Locale locale) {
		if (ticket.date().isCancelled()) {
			return ticket.date().cancelReason() == null ? Texts.get("courses.ticket.date-cancelled", locale)
					: Texts.get("courses.ticket.date-cancelled-reason", locale, ticket.date().cancelReason());
		}
		return switch (ticket.booking().status()) {
			case CONFIRMED -> Texts.get("courses.ticket.confirmed", locale);
			case WAITING -> Texts.get("courses.ticket.waiting", locale, ticket.booking().waitingPosition());
			case CANCELLED -> Texts.get("courses.ticket.cancelled", locale);
		};
	}

	/** The place's accessibility facts in one sentence. */
	public static String access(Place place, Locale locale) {
		StringBuilder facts = new StringBuilder();
		facts.append(Texts.get(place.stepFree() ? "courses.access.step-free" : "courses.access.steps", locale));
		if (place.hearingLoop()) {
			facts.append(" · ").append(Texts.get("courses.access.hearing-loop", locale));
		}
		if (place.accessibleToilet()) {
			facts.append(" · ").append(Texts.get("courses.access.toilet", locale));
		}
		return facts.toString();
	}

	/** A booking code in two groups of four, easier to read out: "K7MX 3PQA". */
	public static String code(String code) {
		return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
	}

	/**
	 * A name as a ticket shows it to whoever has the code: the first name and the first
	 * letter of the others ("Gisela G."), enough for the booker to know her ticket.
	 */
	static String shortName(String name) {
		String[] parts = name.strip().split("\\s+");
		StringBuilder shown = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				shown.append(' ').appendCodePoint(parts[i].codePointAt(0)).append('.');
			}
		}
		return shown.toString();
	}

}
