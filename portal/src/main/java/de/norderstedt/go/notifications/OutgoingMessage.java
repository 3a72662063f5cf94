package de.norderstedt.go.notifications;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;

/**
 * A notification on its way to one person by push or e-mail, in that person's language.
 *
 * @param deliveryId the delivery row; senders may use it to make a send idempotent
 * @param link where the message leads inside the portal (a path), if anywhere
 */
record OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
		String title, String body, @Nullable String link, boolean urgent) {
}
