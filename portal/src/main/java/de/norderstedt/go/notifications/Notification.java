package de.norderstedt.go.notifications;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a person's notification centre, with its texts in both languages.
 *
 * @param link where the entry leads inside the portal (a path), if anywhere
 * @param readAt when the person marked it read; null while unread
 */
public record Notification(long id, NotificationCategory category, String titleDe, String bodyDe, String titleEn,
		String bodyEn, @Nullable String link, boolean urgent, Instant createdAt, @Nullable Instant readAt) {

	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.titleEn : this.titleDe;
	}

	public String body(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.bodyEn : this.bodyDe;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
