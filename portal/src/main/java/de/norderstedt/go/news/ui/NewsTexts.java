package de.norderstedt.go.news.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.Texts;

/** Dates, states and lists of an announcement in words. */
final class NewsTexts {

	/** News times are Norderstedt's. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private NewsTexts() {
	}

	/** "Montag, 1. Dezember 2026, 10:00 Uhr" or "Monday, 1 December 2026 at 10:00 am". */
	static String when(Instant instant, Locale locale) {
		Locale language = Texts.supported(locale);
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
			.withLocale(language)
			.withZone(ZONE)
			.format(instant);
		return Texts.get("news.when", language, day, time(instant, language));
	}

	/** "1. Dezember 2026" or "1 December 2026". */
	static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Texts.supported(locale))
			.withZone(ZONE)
			.format(instant);
	}

	static String time(Instant instant, Locale locale) {
		DateTimeFormatter format = "en".equals(Texts.supported(locale).getLanguage())
				? DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH) : DateTimeFormatter.ofPattern("HH:mm");
		return format.withZone(ZONE).format(instant);
	}

	/** Planned, published or withdrawn, with the time, for editors. */
	static String state(Announcement announcement, Locale locale) {
		Instant withdrawn = announcement.withdrawnAt();
		Instant published = announcement.publishedAt();
		if (withdrawn != null) {
			return Texts.get("news.state.withdrawn", locale, when(withdrawn, locale));
		}
		if (published != null) {
			return Texts.get("news.state.published", locale, when(published, locale));
		}
		return Texts.get("news.state.planned", locale, when(announcement.publishAt(), locale));
	}

	static String topics(List<Topic> topics, Locale locale) {
		return topics.stream().map(t -> t.name(locale)).collect(Collectors.joining(", "));
	}

	/** The districts, or "ganz Norderstedt" when there are none. */
	static String districts(List<District> districts, Locale locale) {
		return districts.isEmpty() ? Texts.get("news.whole-city", locale)
				: districts.stream().map(d -> d.name(locale)).collect(Collectors.joining(", "));
	}

}
