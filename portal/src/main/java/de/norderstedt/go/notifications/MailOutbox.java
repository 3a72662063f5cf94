package de.norderstedt.go.notifications;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins read of the e-mails the portal kept instead of sending them (no mail server
 * configured, as in the embedded default).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailOutbox {

	/** The most e-mails the outbox lists. */
	public static final int SHOWN = 200;

	private final MailOutboxRepository outbox;

	private final MailTransport transport;

	MailOutbox(MailOutboxRepository outbox, MailTransport transport) {
		this.outbox = outbox;
		this.transport = transport;
	}

	/** The kept e-mails, newest first. */
	@Transactional(readOnly = true)
	public List<OutboxMail> newest() {
		return this.outbox.newest(SHOWN);
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMail> mail(long id) {
		return this.outbox.find(id);
	}

	/**
	 * Whether this installation sends e-mails through a mail server; then the outbox only
	 * holds what was kept before.
	 */
	public boolean sendsForReal() {
		return this.transport instanceof SmtpMailTransport;
	}

}
