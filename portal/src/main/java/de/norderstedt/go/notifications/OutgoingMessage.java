package de.norderstedt.go.notifications;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;

/**
 * A notification on its way to one person by push or e-mail, in that person's language.
 *
 * @param deliveryId the delivery row; senders may use it to make a send idempotent
 * @param link where the message leads inside the portal (a path), if anywhere
 * @param toContact to an e-mail address a person without an account left (with an idea),
 * not to an account: the footer says so, and has no settings to change
 */
record OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
		String title, String body, @Nullable String link, boolean urgent, boolean toContact) {

	/** A message to an account. */
	OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
			String title, String body, @Nullable String link, boolean urgent) {
		this(deliveryId, notificationId, category, language, title, body, link, urgent, false);
	}

}
