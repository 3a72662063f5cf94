package de.norderstedt.go.notifications;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail as the person reads it: plain text in their language.
 *
 * @param unsubscribeUrl the absolute address that stops all e-mail to the recipient
 * ({@code List-Unsubscribe}); null for the confirmation e-mail
 */
record RenderedMail(String subject, String body, Language language, @Nullable String unsubscribeUrl) {

	RenderedMail(String subject, String body, Language language) {
		this(subject, body, language, null);
	}

}
