package de.norderstedt.go.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.PublicUrl;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * E-mails over SMTP to a small fake mail server: what arrives, and what a refusal or an
 * unreachable server means for the delivery.
 */
class SmtpMailTransportTest {

	private static final String BASE = "https://go.norderstedt.de";

	private static final OutgoingMessage ROAD_WORKS = new OutgoingMessage(41, 17, NotificationCategory.NEWS,
			Language.DE, "Straßenbau in Glashütte", "Die Segeberger Chaussee wird ab Montag für zwei Wochen gesperrt. "
					+ "Bitte nehmen Sie den Bus 393 über Friedrichsgabe.",
			"/nachrichten/17", false);

	@Test
	void an_accepted_mail_arrives_with_subject_umlauts_link_language_and_a_message_id_from_the_delivery()
			throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.ACCEPT)) {
			SmtpMailTransport transport = transport(server.port(), null);

			assertThat(transport.send("aylin@example.org", ROAD_WORKS)).isEqualTo(new SendOutcome.Sent());
			// the same delivery once more (a retry after a crash): recognisably the same
			// e-mail
			assertThat(transport.send("aylin@example.org", ROAD_WORKS)).isEqualTo(new SendOutcome.Sent());

			assertThat(server.received()).hasSize(2);
			MimeMessage mail = server.received().get(0);
			assertThat(mail.getSubject()).isEqualTo("Norderstedt GO!: Straßenbau in Glashütte");
			assertThat(mail.getFrom()[0].toString()).isEqualTo("Norderstedt GO! <noreply@norderstedt.de>");
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("aylin@example.org");
			assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
			assertThat(mail.getHeader("Content-Language", null)).isEqualTo("de");
			assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
			assertThat(mail.getHeader(SmtpMailTransport.DELIVERY_HEADER, null)).isEqualTo("41");
			assertThat(mail.getMessageID()).isEqualTo("<notification-17.delivery-41@norderstedt.de>");
			assertThat(server.received().get(1).getMessageID()).isEqualTo(mail.getMessageID());
			String text = (String) mail.getContent();
			assertThat(text).startsWith("Guten Tag,")
				.contains("Die Segeberger Chaussee wird ab Montag für zwei Wochen gesperrt.")
				.contains(BASE + "/nachrichten/17")
				.contains(BASE + "/einstellungen/benachrichtigungen");
			// 7-bit on the wire: umlauts travel encoded, whatever the server supports
			assertThat(server.raw().get(0)).doesNotContain("ü", "ß");
			assertThat(server.commands()).contains("MAIL FROM:<noreply@norderstedt.de>", "RCPT TO:<aylin@example.org>");
		}
	}

	@Test
	void every_notification_carries_the_one_click_unsubscribe_headers_and_link_and_the_confirmation_none()
			throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.ACCEPT)) {
			SmtpMailTransport transport = transport(server.port(), null);
			String token = "Qm9yZGVyc3RlZHQtR08tdW5zdWJzY3JpYmUtdG9rZW4";
			OutgoingMessage news = new OutgoingMessage(43, 19, NotificationCategory.NEWS, Language.DE,
					"Stadtfest am Samstag", "Das Stadtfest beginnt um 11 Uhr.", "/nachrichten/19", false, false, token,
					false);
			OutgoingMessage confirmation = new OutgoingMessage(44, 20, NotificationCategory.NEWS, Language.DE,
					"Bitte bestätigen Sie Ihre E-Mail-Adresse", "Öffnen Sie den Link.",
					EmailAddresses.CONFIRM_PATH + "c0nf1rm4t10n-t0k3n-0f-tw3nty-tw0", false, true, null, true);

			assertThat(transport.send("aylin@example.org", news)).isEqualTo(new SendOutcome.Sent());
			assertThat(transport.send("aylin@example.org", confirmation)).isEqualTo(new SendOutcome.Sent());

			MimeMessage mail = server.received().get(0);
			String unsubscribe = BASE + EmailAddresses.UNSUBSCRIBE_PATH + token;
			assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<" + unsubscribe + ">");
			assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
			assertThat((String) mail.getContent()).contains(unsubscribe);
			// the e-mail that asks for confirmation: the link to confirm, nothing to
			// unsubscribe from yet
			MimeMessage asked = server.received().get(1);
			assertThat(asked.getHeader("List-Unsubscribe", null)).isNull();
			assertThat(((String) asked.getContent()).replaceAll("\\s+", " "))
				.contains(BASE + EmailAddresses.CONFIRM_PATH)
				.doesNotContain(EmailAddresses.UNSUBSCRIBE_PATH)
				.contains("Ohne Bestätigung bekommen Sie keine E-Mails von uns.");
		}
	}

	@Test
	void an_english_mail_with_a_reply_address_says_its_language() throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.ACCEPT)) {
			OutgoingMessage english = new OutgoingMessage(42, 18, NotificationCategory.LOCKER, Language.EN,
					"Please bring the rollator back", "Your slot ends at 16:00.", "/meine-reservierungen", false);

			assertThat(transport(server.port(), "buergerbuero@norderstedt.de").send("jens@example.org", english))
				.isEqualTo(new SendOutcome.Sent());

			MimeMessage mail = server.received().get(0);
			assertThat(mail.getSubject()).isEqualTo("Norderstedt GO!: Please bring the rollator back");
			assertThat(mail.getHeader("Content-Language", null)).isEqualTo("en");
			assertThat(mail.getReplyTo()[0].toString()).isEqualTo("buergerbuero@norderstedt.de");
			assertThat((String) mail.getContent()).startsWith("Hello,").contains(BASE + "/meine-reservierungen");
		}
	}

	@Test
	void a_refused_recipient_fails_for_good() throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.REFUSE_RECIPIENT)) {
			SendOutcome outcome = transport(server.port(), null).send("nobody@example.org", ROAD_WORKS);

			assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class,
					failed -> assertThat(failed.reason()).contains("550"));
			assertThat(server.received()).isEmpty();
		}
	}

	@Test
	void a_recipient_deferred_for_now_is_tried_again() throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.DEFER_RECIPIENT)) {
			SendOutcome outcome = transport(server.port(), null).send("busy@example.org", ROAD_WORKS);

			assertThat(outcome).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
					later -> assertThat(later.reason()).contains("450"));
		}
	}

	@Test
	void a_refused_sign_in_fails_for_good() throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.REFUSE_SIGN_IN)) {
			JavaMailSenderImpl sender = sender(server.port());
			sender.setUsername("portal");
			sender.setPassword("wrong");
			sender.getJavaMailProperties().setProperty("mail.smtp.auth", "true");

			SendOutcome outcome = transport(sender, null).send("aylin@example.org", ROAD_WORKS);

			assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class,
					failed -> assertThat(failed.reason()).startsWith("authentication failed"));
			assertThat(server.received()).isEmpty();
		}
	}

	@Test
	void a_mail_server_that_is_not_listening_means_try_again_later() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}

		SendOutcome outcome = transport(port, null).send("aylin@example.org", ROAD_WORKS);

		assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
	}

	@Test
	void an_address_that_cannot_be_one_fails_without_asking_the_server() throws Exception {
		try (FakeSmtpServer server = new FakeSmtpServer(FakeSmtpServer.Mode.ACCEPT)) {
			SendOutcome outcome = transport(server.port(), null).send("not an address", ROAD_WORKS);

			assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
			assertThat(server.commands()).isEmpty();
		}
	}

	private static SmtpMailTransport transport(int port, @Nullable String replyTo) {
		return transport(sender(port), replyTo);
	}

	private static SmtpMailTransport transport(JavaMailSenderImpl sender, @Nullable String replyTo) {
		PublicUrl url = mock(PublicUrl.class);
		when(url.of(anyString())).thenAnswer(call -> BASE + call.getArgument(0));
		return new SmtpMailTransport(sender, new MailTemplates(url),
				new GoMailProperties(GoMailProperties.DEFAULT_FROM, replyTo));
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		return sender;
	}

}
