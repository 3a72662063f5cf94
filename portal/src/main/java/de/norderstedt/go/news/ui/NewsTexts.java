package de.norderstedt.go.news.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;

/** Dates, states and lists of an announcement in words. */
final class NewsTexts {

	private NewsTexts() {
	}

	/** "Montag, 1. Dezember 2026, 10:00 Uhr" or "Monday, 1 December 2026 at 10:00 am". */
	static String when(Instant instant, Locale locale) {
		return Texts.get("news.when", locale, CityTime.day(instant, locale), CityTime.time(instant, locale));
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
