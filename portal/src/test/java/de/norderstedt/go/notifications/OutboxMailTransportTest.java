package de.norderstedt.go.notifications;

import java.util.List;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.RunningPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a mail server the portal keeps e-mails in the outbox: each delivery once, even
 * when it is sent again after a crash; only admins read them.
 */
@RunningPortalTest
class OutboxMailTransportTest {

	@Autowired
	MailTransport transport;

	@Autowired
	TestMails mails;

	@Autowired
	MailOutboxRepository repository;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TestAccounts accounts;

	@Test
	void without_a_mail_server_the_outbox_is_the_transport() {
		assertThat(this.transport).isInstanceOf(OutboxMailTransport.class);
		this.accounts.ensure("outbox-admin", Role.ADMIN);
		this.accounts.signIn("outbox-admin");
		try {
			assertThat(this.outbox.sendsForReal()).isFalse();
		}
		finally {
			this.accounts.signOut();
		}
	}

	@Test
	void a_delivery_sent_twice_is_kept_once() {
		OutgoingMessage message = this.mails.delivery("outbox-aylin", Language.DE, "Sperrung der Ulzburger Straße",
				"Ab Montag ist die Straße gesperrt.", "/nachrichten/3", false);

		assertThat(this.transport.send("outbox-aylin@example.org", message)).isEqualTo(new SendOutcome.Sent());
		assertThat(this.transport.send("outbox-aylin@example.org", message)).isEqualTo(new SendOutcome.Sent());

		List<OutboxMail> kept = this.repository.forDelivery(message.deliveryId());
		assertThat(kept).singleElement().satisfies(mail -> {
			assertThat(mail.recipient()).isEqualTo("outbox-aylin@example.org");
			assertThat(mail.subject()).isEqualTo("Norderstedt GO!: Sperrung der Ulzburger Straße");
			assertThat(mail.body()).startsWith("Guten Tag,").contains("/nachrichten/3");
			assertThat(mail.language()).isEqualTo(Language.DE);
		});
	}

	@Test
	void deliveries_sent_at_the_same_time_twice_each_are_kept_once_each() throws InterruptedException {
		OutgoingMessage first = this.mails.delivery("outbox-jens", Language.EN, "Your course starts soon",
				"Tomorrow at 10:00.", "/meine-buchungen", false);
		OutgoingMessage second = this.mails.delivery("outbox-helga", Language.DE, "Sturmwarnung",
				"Bitte bleiben Sie zu Hause.", null, true);
		List<Thread> senders = List.of(first, second, first, second)
			.stream()
			.map(message -> Thread.ofPlatform().start(() -> this.transport.send("person@example.org", message)))
			.toList();
		for (Thread sender : senders) {
			sender.join();
		}

		assertThat(this.repository.forDelivery(first.deliveryId())).singleElement()
			.satisfies(mail -> assertThat(mail.language()).isEqualTo(Language.EN));
		assertThat(this.repository.forDelivery(second.deliveryId())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Warnung: Sturmwarnung"));
	}

	@Test
	void only_admins_read_the_outbox() {
		OutboxMail kept = this.mails.inOutbox("outbox-aylin@example.org", Language.DE, "Neues aus Harksheide",
				"Ein Fest.", "/nachrichten/4");

		assertThatThrownBy(() -> this.outbox.newest()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		this.accounts.ensure("outbox-resident", Role.RESIDENT);
		this.accounts.signIn("outbox-resident");
		try {
			assertThatThrownBy(() -> this.outbox.newest()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.outbox.mail(kept.id())).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			this.accounts.signOut();
		}
		this.accounts.ensure("outbox-admin", Role.ADMIN);
		this.accounts.signIn("outbox-admin");
		try {
			assertThat(this.outbox.newest()).contains(kept);
			assertThat(this.outbox.mail(kept.id())).contains(kept);
		}
		finally {
			this.accounts.signOut();
		}
	}

}
