package de.norderstedt.go.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps e-mails in the outbox for admins to read instead of sending them: the embedded
 * default and tests, wherever no mail server ({@code spring.mail.host}) is configured.
 */
@Component
@Conditional(OutboxMailTransport.NoMailServer.class)
class OutboxMailTransport implements MailTransport {

	private static final Logger log = LoggerFactory.getLogger(OutboxMailTransport.class);

	private final MailTemplates templates;

	private final MailOutboxRepository outbox;

	private final Clock clock;

	OutboxMailTransport(MailTemplates templates, MailOutboxRepository outbox, Clock clock) {
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public SendOutcome send(String recipient, OutgoingMessage message) {
		RenderedMail mail = this.templates.render(message);
		try {
			if (!this.outbox.store(message.deliveryId(), recipient, mail, this.clock.instant())) {
				log.debug("The e-mail of delivery {} is in the outbox already", message.deliveryId());
			}
			return new SendOutcome.Sent();
		}
		catch (DataAccessException ex) {
			return new SendOutcome.RetryLater(null, "outbox: " + ex.getMostSpecificCause().getMessage());
		}
	}

	/** Matches when {@link SmtpMailTransport} does not. */
	static class NoMailServer extends NoneNestedConditions {

		NoMailServer() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(prefix = "spring.mail", name = "host")
		static class MailServer {

		}

	}

}
