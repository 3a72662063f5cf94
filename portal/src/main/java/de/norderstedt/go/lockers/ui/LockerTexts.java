package de.norderstedt.go.lockers.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.lockers.CompartmentSize;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.ReservationStatus;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;

/**
 * How locker facts are said on every locker screen: times in Norderstedt's local time (by
 * {@link CityTime}), codes in groups of four, and the service's messages in the visit's
 * language.
 */
final class LockerTexts {

	/** Arguments of a message that are themselves the key of a text (an item type). */
	private static final String KEY_PREFIX = "lockers.";

	private LockerTexts() {
	}

	/** "10:00–12:00". */
	static String slot(Instant start, Instant end, Locale locale) {
		return CityTime.time(start, locale) + "–" + CityTime.time(end, locale);
	}

	/** "Donnerstag, 3. Dezember 2026, 10:00 bis 12:00 Uhr". */
	static String when(Reservation reservation, Locale locale) {
		return Texts.get("lockers.when", locale, CityTime.day(reservation.start(), locale),
				CityTime.time(reservation.start(), locale), CityTime.time(reservation.end(), locale));
	}

	/** "1234 5678": eight digits are easier to read and type in two groups. */
	static String code(String digits) {
		if (digits.length() <= 4) {
			return digits;
		}
		return digits.substring(0, 4) + " " + digits.substring(4);
	}

	static String type(ItemType type, Locale locale) {
		return Texts.get(typeKey(type), locale);
	}

	static String typeKey(ItemType type) {
		return switch (type) {
			case ROLLATOR -> "lockers.type.rollator";
			case HANDCART -> "lockers.type.handcart";
		};
	}

	/** The pictogram of a kind of item (its text is next to it). */
	static String typeImage(ItemType type) {
		return switch (type) {
			case ROLLATOR -> "images/lockers/rollator.svg";
			case HANDCART -> "images/lockers/handcart.svg";
		};
	}

	/**
	 * Where the reservation stands in words, with "overdue since" once its slot is over
	 * and the item is not back.
	 */
	static String state(Reservation reservation, Instant now, Locale locale) {
		if (reservation.isOverdue(now)) {
			return Texts.get("lockers.status.overdue", locale, CityTime.time(reservation.end(), locale));
		}
		return status(reservation, locale);
	}

	/**
	 * Where the reservation stands in words. A pickup or return is done when the door
	 * closes after it (as the terminal says); until then the compartment is open.
	 */
	static String status(Reservation reservation, Locale locale) {
		if (reservation.doorOpen()) {
			return Texts.get(reservation.status() == ReservationStatus.RETURNED ? "lockers.status.returning-door-open"
					: "lockers.status.picking-up-door-open", locale);
		}
		return status(reservation.status(), locale);
	}

	private static String status(ReservationStatus status, Locale locale) {
		return Texts.get(switch (status) {
			case RESERVED -> "lockers.status.reserved";
			case PICKED_UP -> "lockers.status.picked-up";
			case RETURNED -> "lockers.status.returned";
			case CANCELLED -> "lockers.status.cancelled";
		}, locale);
	}

	static String condition(ItemCondition condition, Locale locale) {
		return Texts.get(switch (condition) {
			case OK -> "lockers.condition.ok";
			case DAMAGED -> "lockers.condition.damaged";
			case DIRTY -> "lockers.condition.dirty";
		}, locale);
	}

	static String size(CompartmentSize size, Locale locale) {
		return Texts.get(switch (size) {
			case SMALL -> "lockers.size.small";
			case MEDIUM -> "lockers.size.medium";
			case LARGE -> "lockers.size.large";
		}, locale);
	}

	/** "2 Stunden 5 Minuten" — how long something is late. */
	static String duration(Duration duration, Locale locale) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return Texts.get("lockers.minutes", locale, minutes);
		}
		return Texts.get("lockers.hours-minutes", locale, hours, minutes);
	}

	/**
	 * A message by its key; arguments that are keys of texts themselves (such as
	 * "lockers.type.rollator") are said in the same language, days and times by
	 * {@link Texts}.
	 */
	static String message(String key, List<Object> arguments, Locale locale) {
		Object[] said = arguments.stream()
			.map(argument -> argument instanceof String text && text.startsWith(KEY_PREFIX) && Texts.has(text)
					? Texts.get(text, locale) : argument)
			.toArray();
		return Texts.has(key) ? Texts.get(key, locale, said) : Texts.get("lockers.error.general", locale);
	}

}
