package de.norderstedt.go.notifications;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through the SMTP server of {@code spring.mail.*}: plain text in UTF-8,
 * with the language in {@code Content-Language}, a {@code Message-ID} made from the
 * delivery, so a retried send can be recognised as the same e-mail, and the one-click
 * unsubscribe headers of RFC 8058 on every notification.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class SmtpMailTransport implements MailTransport {

	/**
	 * Names the delivery an e-mail came from, for whoever reads the mail server's logs.
	 */
	static final String DELIVERY_HEADER = "X-Norderstedt-GO-Delivery";

	private static final int REASON_LENGTH = 300;

	private final JavaMailSender sender;

	private final MailTemplates templates;

	private final GoMailProperties properties;

	SmtpMailTransport(JavaMailSender sender, MailTemplates templates, GoMailProperties properties) {
		this.sender = sender;
		this.templates = templates;
		this.properties = properties;
	}

	@Override
	public SendOutcome send(String recipient, OutgoingMessage message) {
		RenderedMail mail = this.templates.render(message);
		MimeMessage mime;
		try {
			mime = mime(recipient, message, mail);
		}
		catch (MessagingException ex) {
			// an address that cannot be an address stays one on every retry
			return new SendOutcome.Failed(reason("not an e-mail address", ex));
		}
		try {
			this.sender.send(mime);
			return new SendOutcome.Sent();
		}
		catch (MailException ex) {
			return outcome(ex);
		}
	}

	private MimeMessage mime(String recipient, OutgoingMessage message, RenderedMail mail) throws MessagingException {
		MimeMessage mime = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
		InternetAddress from = new InternetAddress(this.properties.from(), true);
		helper.setFrom(from);
		if (this.properties.replyTo() != null) {
			helper.setReplyTo(new InternetAddress(this.properties.replyTo(), true));
		}
		helper.setTo(new InternetAddress(recipient, true));
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		mime.setHeader("Content-Language", mail.language().code());
		// an automatic message (RFC 3834): out-of-office replies stay away
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("Message-ID", messageId(message, from));
		mime.setHeader(DELIVERY_HEADER, String.valueOf(message.deliveryId()));
		if (mail.unsubscribeUrl() != null) {
			// one-click unsubscribe (RFC 8058): mail programs POST to the address
			mime.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return mime;
	}

	/**
	 * The same for every attempt of a delivery: a retry is recognisably the same e-mail.
	 */
	static String messageId(OutgoingMessage message, InternetAddress from) {
		String address = from.getAddress();
		String domain = address.substring(address.indexOf('@') + 1);
		return "<notification-" + message.notificationId() + ".delivery-" + message.deliveryId() + "@" + domain + ">";
	}

	/**
	 * Refused for good (authentication, an address the server refuses with 5xx) or worth
	 * another try (4xx, the server not reachable, a connection that broke off).
	 */
	static SendOutcome outcome(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			return new SendOutcome.Failed(reason("authentication failed", ex));
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException) {
			return new SendOutcome.Failed(reason("not a valid e-mail", ex));
		}
		Integer code = replyCode(ex);
		if (code != null && code >= 500) {
			return new SendOutcome.Failed(reason("SMTP " + code, ex));
		}
		return new SendOutcome.RetryLater(null, reason(code == null ? "SMTP server" : "SMTP " + code, ex));
	}

	/** The SMTP reply code the server refused the e-mail with, if it answered. */
	private static @Nullable Integer replyCode(MailException ex) {
		Set<Throwable> seen = new HashSet<>();
		for (Throwable root : roots(ex)) {
			for (Throwable t = root; t != null && seen.add(t); t = t.getCause()) {
				Integer code = switch (t) {
					case SMTPAddressFailedException refused -> refused.getReturnCode();
					case SMTPSenderFailedException refused -> refused.getReturnCode();
					case SMTPSendFailedException refused -> refused.getReturnCode();
					default -> null;
				};
				if (code != null && code > 0) {
					return code;
				}
			}
		}
		return null;
	}

	private static Iterable<Throwable> roots(MailException ex) {
		if (ex instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			return List.of(send.getMessageExceptions());
		}
		return List.of(ex);
	}

	private static String reason(String what, Exception ex) {
		String detail = ex instanceof AddressException ? ex.getMessage() : mostSpecific(ex).getMessage();
		String reason = detail == null ? what : what + ": " + detail.strip().replaceAll("\\s+", " ");
		return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
	}

	private static Throwable mostSpecific(Throwable ex) {
		Throwable deepest = ex;
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = ex; t != null && seen.add(t); t = t.getCause()) {
			deepest = t;
		}
		return deepest;
	}

}
