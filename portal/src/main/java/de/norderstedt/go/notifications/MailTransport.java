package de.norderstedt.go.notifications;

/**
 * Sends one e-mail made from a notification (SMTP, or the outbox in the embedded
 * default).
 */
interface MailTransport {

	/** Never throws for what the mail server answers; that is the outcome. */
	SendOutcome send(String recipient, OutgoingMessage message);

}
