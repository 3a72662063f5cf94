package de.norderstedt.go.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

/**
 * How a person wants to be told.
 *
 * @param news channels for city news
 * @param personal channels for the person's bookings and locker reservations
 * @param email the address for e-mail, if the person gave one
 * @param quietHours whether push and e-mail wait while the person sleeps (urgent warnings
 * never wait)
 * @param quietFrom start of the quiet hours, local time
 * @param quietUntil end of the quiet hours, local time (may be on the next day)
 * @param zone the time zone of the quiet hours
 * @param setUpAt when the person finished the short set-up; null before
 */
public record NotificationSettings(Set<Channel> news, Set<Channel> personal, @Nullable String email, boolean quietHours,
		LocalTime quietFrom, LocalTime quietUntil, ZoneId zone, @Nullable Instant setUpAt) {

	public static final NotificationSettings DEFAULT = new NotificationSettings(
			EnumSet.of(Channel.IN_APP, Channel.PUSH), EnumSet.of(Channel.IN_APP, Channel.PUSH), null, true,
			LocalTime.of(21, 0), LocalTime.of(8, 0), CityTime.ZONE, null);

	public NotificationSettings {
		news = news.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(news));
		personal = personal.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(personal));
	}

	/** The channels chosen for a category. */
	public Set<Channel> channels(NotificationCategory category) {
		return category.isPersonal() ? this.personal : this.news;
	}

	public NotificationSettings withChannels(NotificationCategory category, Set<Channel> channels) {
		return category.isPersonal()
				? new NotificationSettings(this.news, channels, this.email, this.quietHours, this.quietFrom,
						this.quietUntil, this.zone, this.setUpAt)
				: new NotificationSettings(channels, this.personal, this.email, this.quietHours, this.quietFrom,
						this.quietUntil, this.zone, this.setUpAt);
	}

	public NotificationSettings withEmail(@Nullable String email) {
		return new NotificationSettings(this.news, this.personal, email, this.quietHours, this.quietFrom,
				this.quietUntil, this.zone, this.setUpAt);
	}

	public NotificationSettings withQuietHours(boolean on, LocalTime from, LocalTime until) {
		return new NotificationSettings(this.news, this.personal, this.email, on, from, until, this.zone, this.setUpAt);
	}

}
