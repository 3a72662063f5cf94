package de.norderstedt.go.notifications;

import java.time.Instant;
import java.util.Locale;

import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;

/** Builds a message's texts in German and English from the UI text bundles. */
final class MessageTexts {

	private MessageTexts() {
	}

	/**
	 * The message from the keys {@code <prefix>title} and {@code <prefix>body} (the
	 * prefix ends in a dot); the arguments may hold instants, which become a date
	 * ("Mittwoch, 3. Dezember 2026") or, given as {@link Time}, a time of day ("10:00").
	 */
	static Message message(String prefix, @Nullable String link, Object... arguments) {
		return new Message(text(prefix + "title", Locale.GERMAN, arguments),
				text(prefix + "body", Locale.GERMAN, arguments), text(prefix + "title", Locale.ENGLISH, arguments),
				text(prefix + "body", Locale.ENGLISH, arguments), link);
	}

	/** A time of day in Norderstedt, as an argument of {@link #message}. */
	record Time(Instant instant) {
	}

	private static String text(String key, Locale locale, Object... arguments) {
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = switch (arguments[i]) {
				case Instant day -> CityTime.day(day, locale);
				case Time time -> CityTime.time(time.instant(), locale);
				case Number number -> number.toString();
				default -> arguments[i];
			};
		}
		return Texts.get(key, locale, shown);
	}

}
