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
 * @param unsubscribeToken the token of the link that stops all e-mail to the address
 * (every notification e-mail has one; a confirmation e-mail has none)
 * @param confirmation the e-mail that asks to confirm the address: its link is the
 * confirmation link
 */
record OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
		String title, String body, @Nullable String link, boolean urgent, boolean toContact,
		@Nullable String unsubscribeToken, boolean confirmation) {

	/** A message to an account or a contact, without an unsubscribe link. */
	OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
			String title, String body, @Nullable String link, boolean urgent, boolean toContact) {
		this(deliveryId, notificationId, category, language, title, body, link, urgent, toContact, null, false);
	}

	/** A message to an account. */
	OutgoingMessage(long deliveryId, long notificationId, NotificationCategory category, Language language,
			String title, String body, @Nullable String link, boolean urgent) {
		this(deliveryId, notificationId, category, language, title, body, link, urgent, false);
	}

}
