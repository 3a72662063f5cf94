package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EMAIL_CONSENT;
import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Codes;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

	private final Notifier notifier;

	TestMails(DSLContext dsl, TestAccounts accounts, OutboxMailTransport outbox, MailOutboxRepository stored,
			Notifier notifier) {
		this.dsl = dsl;
		this.accounts = accounts;
		this.outbox = outbox;
		this.stored = stored;
		this.notifier = notifier;
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

	/**
	 * Confirms the account's e-mail address as opening the confirmation link would, so
	 * e-mail may go out to it (double opt-in).
	 */
	public void confirmed(long accountId, String email) {
		this.dsl.deleteFrom(EMAIL_CONSENT).where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId)).execute();
		Instant now = Instant.now();
		this.dsl.insertInto(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.ACCOUNT_ID, accountId)
			.set(EMAIL_CONSENT.EMAIL, email)
			.set(EMAIL_CONSENT.LANGUAGE, Language.DE)
			.set(EMAIL_CONSENT.SENT_AT, now)
			.set(EMAIL_CONSENT.CONFIRMED_AT, now)
			.set(EMAIL_CONSENT.UNSUBSCRIBE_TOKEN, Codes.token(32))
			.set(EMAIL_CONSENT.CREATED_AT, now)
			.execute();
	}

	/**
	 * Tells the account a piece of city news by the channels it chose, as the news
	 * feature would (also by e-mail, when its address is confirmed).
	 */
	public void tell(long accountId, String title, String body) {
		this.notifier.notify(List.of(accountId), NotificationCategory.NEWS, "mail-test:" + System.nanoTime(),
				new Message(title, body, title, body, null), false, true);
	}

	/**
	 * An address of the account waiting for confirmation, with links the test knows: the
	 * confirmation link's path and the unsubscribe link's path.
	 */
	public List<String> openLinks(long accountId, String email) {
		String confirm = Codes.token(32);
		String unsubscribe = Codes.token(32);
		Instant now = Instant.now();
		this.dsl.deleteFrom(EMAIL_CONSENT).where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId)).execute();
		this.dsl.insertInto(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.ACCOUNT_ID, accountId)
			.set(EMAIL_CONSENT.EMAIL, email)
			.set(EMAIL_CONSENT.LANGUAGE, Language.DE)
			.set(EMAIL_CONSENT.TOKEN_HASH, EmailAddresses.hash(confirm))
			.set(EMAIL_CONSENT.TOKEN_EXPIRES_AT, now.plus(Duration.ofDays(1)))
			.set(EMAIL_CONSENT.SENT_AT, now)
			.set(EMAIL_CONSENT.UNSUBSCRIBE_TOKEN, unsubscribe)
			.set(EMAIL_CONSENT.CREATED_AT, now)
			.execute();
		return List.of(EmailAddresses.CONFIRM_PATH + confirm, EmailAddresses.UNSUBSCRIBE_PATH + unsubscribe);
	}

	/** Lets the account's open confirmation link expire, as a day passing would. */
	public void expireLink(long accountId) {
		Instant past = Instant.now().minus(Duration.ofHours(25));
		this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.TOKEN_EXPIRES_AT, past.plus(Duration.ofHours(24)))
			.set(EMAIL_CONSENT.SENT_AT, past)
			.set(EMAIL_CONSENT.WINDOW_STARTED_AT, past)
			.where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId))
			.execute();
	}

	/**
	 * The link of the newest confirmation e-mail for the contact address of the idea, as
	 * a path (once the confirmation was asked for: the handler runs after the idea was
	 * stored).
	 */
	public String confirmationPathOfIdea(long ideaId) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.dsl.select(NOTIFICATION.LINK)
				.from(NOTIFICATION)
				.join(EMAIL_CONSENT)
				.on(NOTIFICATION.SOURCE.startsWith(DSL.concat(DSL.val(EmailAddresses.CONFIRMATION_SOURCE),
						EMAIL_CONSENT.ID.cast(String.class), DSL.val(":"))))
				.where(EMAIL_CONSENT.IDEA_ID.eq(ideaId))
				.orderBy(NOTIFICATION.ID.desc())
				.limit(1)
				.fetchOptional(NOTIFICATION.LINK), Optional::isPresent)
			.orElseThrow();
	}

	/** The confirmation link in the newest e-mail kept for the address, as a path. */
	public String confirmationPath(String recipient) {
		return pathIn(recipient, EmailAddresses.CONFIRM_PATH);
	}

	/**
	 * The text of the newest e-mail kept for the address whose subject holds the words,
	 * once it is there (the delivery loop may send it by itself, or the test does).
	 */
	public String mailTo(String recipient, String subject) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.dsl.select(MAIL_OUTBOX.BODY)
				.from(MAIL_OUTBOX)
				.where(MAIL_OUTBOX.RECIPIENT.eq(recipient))
				.and(MAIL_OUTBOX.SUBJECT.contains(subject))
				.orderBy(MAIL_OUTBOX.ID.desc())
				.limit(1)
				.fetchOptional(MAIL_OUTBOX.BODY), Optional::isPresent)
			.orElseThrow();
	}

	/** The subjects of the e-mails kept for the address, oldest first. */
	public List<String> subjectsTo(String recipient) {
		return this.dsl.select(MAIL_OUTBOX.SUBJECT)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq(recipient))
			.orderBy(MAIL_OUTBOX.ID)
			.fetch(MAIL_OUTBOX.SUBJECT);
	}

	/** The path of the first link in the text that leads to the path. */
	public static String pathInText(String text, String path) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s]*)").matcher(text);
		if (!link.find()) {
			throw new AssertionError("no link to " + path + " in " + text);
		}
		return link.group(1);
	}

	/** The unsubscribe link in the newest e-mail kept for the address, as a path. */
	public String unsubscribePath(String recipient) {
		return pathIn(recipient, EmailAddresses.UNSUBSCRIBE_PATH);
	}

	private String pathIn(String recipient, String path) {
		// the delivery loop may be running by itself (browser tests): wait until it sent
		// the e-mail, as a person waits for it to arrive
		String body = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.dsl.select(MAIL_OUTBOX.BODY)
				.from(MAIL_OUTBOX)
				.where(MAIL_OUTBOX.RECIPIENT.eq(recipient))
				.and(MAIL_OUTBOX.BODY.contains(path))
				.orderBy(MAIL_OUTBOX.ID.desc())
				.limit(1)
				.fetchOptional(MAIL_OUTBOX.BODY), Optional::isPresent)
			.orElseThrow();
		Matcher link = Pattern.compile(Pattern.quote(path) + "[A-Za-z0-9_-]+").matcher(body);
		if (!link.find()) {
			throw new AssertionError("no link to " + path + " in " + body);
		}
		return link.group();
	}

}
