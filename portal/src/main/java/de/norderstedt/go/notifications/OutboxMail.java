package de.norderstedt.go.notifications;

import java.time.Instant;

import de.norderstedt.go.accounts.Language;

/**
 * An e-mail kept in the outbox instead of being sent (the embedded default).
 *
 * @param language the language the e-mail is written in
 * @param createdAt when it would have been sent
 */
public record OutboxMail(long id, String recipient, String subject, String body, Language language, Instant createdAt) {
}
