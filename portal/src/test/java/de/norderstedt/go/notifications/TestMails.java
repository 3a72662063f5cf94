package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * E-mail deliveries for tests: a notification with an e-mail delivery that the delivery
 * loop leaves alone, and the outbox transport's e-mail of it.
 */
@Component
public class TestMails {

	private final DSLContext dsl;

	private final TestAccounts accounts;

	private final OutboxMailTransport outbox;

	private final MailOutboxRepository stored;

	TestMails(DSLContext dsl, TestAccounts accounts, OutboxMailTransport outbox, MailOutboxRepository stored) {
		this.dsl = dsl;
		this.accounts = accounts;
		this.outbox = outbox;
		this.stored = stored;
	}

	/**
	 * A notification for the account with a pending e-mail delivery not due for a year
	 * (the delivery loop leaves it alone); returns the message to send for it.
	 */
	OutgoingMessage delivery(String username, Language language, String title, String body, @Nullable String link,
			boolean urgent) {
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		Instant now = Instant.now();
		long notification = Objects.requireNonNull(this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ACCOUNT_ID, account)
			.set(NOTIFICATION.CATEGORY, NotificationCategory.NEWS)
			.set(NOTIFICATION.SOURCE, "mail-test:" + System.nanoTime())
			.set(NOTIFICATION.TITLE_DE, title)
			.set(NOTIFICATION.BODY_DE, body)
			.set(NOTIFICATION.TITLE_EN, title)
			.set(NOTIFICATION.BODY_EN, body)
			.set(NOTIFICATION.LINK, link)
			.set(NOTIFICATION.URGENT, urgent)
			.set(NOTIFICATION.SHOWN_IN_APP, false)
			.set(NOTIFICATION.CREATED_AT, now)
			.returning(NOTIFICATION.ID)
			.fetchSingle(NOTIFICATION.ID));
		long delivery = Objects.requireNonNull(this.dsl.insertInto(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.NOTIFICATION_ID, notification)
			.set(NOTIFICATION_DELIVERY.CHANNEL, Channel.EMAIL)
			.set(NOTIFICATION_DELIVERY.URGENT, urgent)
			.set(NOTIFICATION_DELIVERY.NOT_BEFORE, now.plus(Duration.ofDays(365)))
			.set(NOTIFICATION_DELIVERY.EXPIRES_AT, now.plus(Duration.ofDays(730)))
			.returning(NOTIFICATION_DELIVERY.ID)
			.fetchSingle(NOTIFICATION_DELIVERY.ID));
		return new OutgoingMessage(delivery, notification, NotificationCategory.NEWS, language, title, body, link,
				urgent);
	}

	/**
	 * An e-mail in the outbox, put there as the delivery of a new notification would.
	 */
	public OutboxMail inOutbox(String recipient, Language language, String title, String body, String link) {
		OutgoingMessage message = delivery("mail-" + System.nanoTime(), language, title, body, link, false);
		this.outbox.send(recipient, message);
		return this.stored.forDelivery(message.deliveryId()).get(0);
	}

}
