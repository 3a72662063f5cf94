package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EMAIL_CONSENT;
import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Double opt-in and one-click unsubscribe: an address receives nothing but the
 * confirmation e-mail until its owner opens the link; after that it receives what the
 * person chose, each e-mail with a link that stops all e-mail to it at once.
 */
@RunningPortalTest
class EmailAddressesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	NotificationService notifications;

	@Autowired
	EmailAddresses addresses;

	@Autowired
	Notifier notifier;

	@Autowired
	Deliveries deliveries;

	@Autowired
	TestMails mails;

	@Autowired
	NotificationPersonalData personalData;

	@Autowired
	DSLContext dsl;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_address_receives_nothing_but_the_confirmation_until_it_is_confirmed_and_then_what_the_person_chose() {
		String email = "optin-helga@example.org";
		long helga = signedInWithEmail("optin-helga", email);
		assertThat(this.addresses.myStatus()).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo(EmailStatus.State.WAITING);
			assertThat(status.email()).isEqualTo(email);
		});

		String before = tell(helga, "Straßenfest in Harksheide");
		this.deliveries.sendDue();

		// only the confirmation went out; the news was not sent, and is not later
		assertThat(mailsTo(email)).singleElement()
			.satisfies(body -> assertThat(body).contains(EmailAddresses.CONFIRM_PATH)
				.doesNotContain("Straßenfest")
				.doesNotContain(EmailAddresses.UNSUBSCRIBE_PATH));
		assertThat(emailStatus(before)).isEqualTo(DeliveryStatus.FAILED);

		String token = token(this.mails.confirmationPath(email), EmailAddresses.CONFIRM_PATH);
		// opening the page alone confirms nothing
		assertThat(this.addresses.check(token)).isEqualTo(ConfirmOutcome.OPEN);
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.WAITING);
		assertThat(this.addresses.confirm(token)).isEqualTo(ConfirmOutcome.CONFIRMED);
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.CONFIRMED);

		String after = tell(helga, "Flohmarkt in Garstedt");
		this.deliveries.sendDue();
		assertThat(emailStatus(after)).isEqualTo(DeliveryStatus.SENT);
		assertThat(mailsTo(email)).hasSize(2)
			.last()
			.satisfies(body -> assertThat(body).contains("Flohmarkt in Garstedt")
				.contains(EmailAddresses.UNSUBSCRIBE_PATH));
		// the link works once
		assertThat(this.addresses.confirm(token)).isEqualTo(ConfirmOutcome.USED);
	}

	@Test
	void an_expired_link_a_forged_one_and_one_replaced_by_a_newer_link_confirm_nothing() {
		String email = "optin-aylin@example.org";
		long aylin = signedInWithEmail("optin-aylin", email);
		this.deliveries.sendDue();
		String token = token(this.mails.confirmationPath(email), EmailAddresses.CONFIRM_PATH);

		this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.TOKEN_EXPIRES_AT, Instant.now().minusSeconds(1))
			.set(EMAIL_CONSENT.SENT_AT, Instant.now().minusSeconds(3600))
			.where(EMAIL_CONSENT.ACCOUNT_ID.eq(aylin))
			.execute();
		assertThat(this.addresses.confirm(token)).isEqualTo(ConfirmOutcome.EXPIRED);
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.NOT_CONFIRMED);
		assertThat(this.addresses.confirm("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"))
			.isEqualTo(ConfirmOutcome.UNKNOWN);
		assertThat(this.addresses.confirm("not a token")).isEqualTo(ConfirmOutcome.UNKNOWN);

		// the expired link's page asks for a new one: the old stops working
		this.addresses.sendNewLink(token);
		this.deliveries.sendDue();
		String newer = token(this.mails.confirmationPath(email), EmailAddresses.CONFIRM_PATH);
		assertThat(newer).isNotEqualTo(token);
		assertThat(this.addresses.confirm(token)).isEqualTo(ConfirmOutcome.UNKNOWN);
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.WAITING);
		assertThat(this.addresses.confirm(newer)).isEqualTo(ConfirmOutcome.CONFIRMED);
		assertRefused(() -> this.addresses.sendNewLink(newer), null, "email.confirm.unknown");
	}

	@Test
	void asking_for_links_too_often_is_refused_in_words_and_sends_nothing() {
		String email = "optin-jens@example.org";
		long jens = signedInWithEmail("optin-jens", email);

		assertRefused(() -> this.addresses.sendMyLinkAgain(), null, "notifications.error.confirm-too-soon");

		// a minute later one more may go, up to five a day
		for (int sent = 1; sent < 5; sent++) {
			this.dsl.update(EMAIL_CONSENT)
				.set(EMAIL_CONSENT.SENT_AT, Instant.now().minusSeconds(120))
				.where(EMAIL_CONSENT.ACCOUNT_ID.eq(jens))
				.execute();
			this.addresses.sendMyLinkAgain();
		}
		this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.SENT_AT, Instant.now().minusSeconds(120))
			.where(EMAIL_CONSENT.ACCOUNT_ID.eq(jens))
			.execute();
		assertRefused(() -> this.addresses.sendMyLinkAgain(), null, "notifications.error.confirm-too-many");
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.CONTACT_EMAIL.eq(email)
			.and(NOTIFICATION.SOURCE.startsWith(EmailAddresses.CONFIRMATION_SOURCE)))).isEqualTo(5);
	}

	@Test
	void changing_the_address_starts_over_and_the_same_address_again_sends_nothing() {
		long ella = signedInWithEmail("optin-ella", "optin-ella@example.org");
		this.deliveries.sendDue();
		this.addresses
			.confirm(token(this.mails.confirmationPath("optin-ella@example.org"), EmailAddresses.CONFIRM_PATH));

		save("optin-ella@example.org");
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.CONFIRMED);

		save("ella.neu@example.org");
		assertThat(this.addresses.myStatus()).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo(EmailStatus.State.WAITING);
			assertThat(status.email()).isEqualTo("ella.neu@example.org");
		});
		String news = tell(ella, "Baustelle am Rathaus");
		this.deliveries.sendDue();
		assertThat(emailStatus(news)).isEqualTo(DeliveryStatus.FAILED);
		assertThat(mailsTo("ella.neu@example.org")).singleElement()
			.satisfies(body -> assertThat(body).contains(EmailAddresses.CONFIRM_PATH));
	}

	@Test
	void a_post_to_the_unsubscribe_link_without_signing_in_stops_all_e_mail_at_once() throws Exception {
		String email = "optin-karl@example.org";
		long karl = signedInWithEmail("optin-karl", email);
		this.deliveries.sendDue();
		this.addresses.confirm(token(this.mails.confirmationPath(email), EmailAddresses.CONFIRM_PATH));
		tell(karl, "Konzert im Stadtpark");
		this.deliveries.sendDue();
		String unsubscribe = this.mails.unsubscribePath(email);
		// one more waits to be sent when the person unsubscribes
		String waiting = tell(karl, "Laternenumzug");
		this.accounts.signOut();

		// a mail program's one-click POST: no session, no CSRF token
		HttpResponse<String> response = post(unsubscribe);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");

		this.deliveries.sendDue();
		assertThat(emailStatus(waiting)).isEqualTo(DeliveryStatus.FAILED);
		assertThat(mailsTo(email)).noneSatisfy(body -> assertThat(body).contains("Laternenumzug"));
		this.accounts.signIn("optin-karl");
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.UNSUBSCRIBED);
		// again changes nothing; a link we did not send is not found
		assertThat(post(unsubscribe).statusCode()).isEqualTo(200);
		assertThat(post(EmailAddresses.UNSUBSCRIBE_PATH + "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ").statusCode())
			.isEqualTo(404);
		// opening the link in a browser shows the page that asks first
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + unsubscribe)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("html"));
		assertThat(this.addresses.myStatus().orElseThrow().state()).isEqualTo(EmailStatus.State.UNSUBSCRIBED);
	}

	@Test
	void the_confirmation_is_part_of_the_persons_data_and_goes_with_it() {
		long otto = signedInWithEmail("optin-otto", "optin-otto@example.org");

		List<DataEntry> data = this.personalData.of(otto);
		assertThat(data).anySatisfy(entry -> assertThat(entry.toString()).contains("email-confirmation")
			.contains("optin-otto@example.org"));

		this.personalData.erase(otto);
		assertThat(this.dsl.fetchCount(EMAIL_CONSENT, EMAIL_CONSENT.ACCOUNT_ID.eq(otto))).isZero();
	}

	/** A resident signed in who saved an address for city news by e-mail. */
	private long signedInWithEmail(String username, String email) {
		long id = this.accounts.ensure(username, Role.RESIDENT).id();
		this.accounts.signIn(username);
		save(email);
		return id;
	}

	private void save(String email) {
		this.notifications.saveMySettings(NotificationSettings.DEFAULT.withEmail(email)
			.withChannels(NotificationCategory.NEWS, EnumSet.of(Channel.IN_APP, Channel.EMAIL))
			.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0)), false);
	}

	/** Tells the account a piece of news; returns its source. */
	private String tell(long account, String title) {
		String source = "optin-test:" + System.nanoTime();
		this.notifier.notify(List.of(account), NotificationCategory.NEWS, source,
				new Message(title, "Text", title, "Text", null), false, true);
		return source;
	}

	private DeliveryStatus emailStatus(String source) {
		return Objects.requireNonNull(this.dsl.select(NOTIFICATION_DELIVERY.STATUS)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.SOURCE.eq(source))
			.and(NOTIFICATION_DELIVERY.CHANNEL.eq(Channel.EMAIL))
			.fetchSingle(NOTIFICATION_DELIVERY.STATUS));
	}

	private List<String> mailsTo(String email) {
		return this.dsl.select(MAIL_OUTBOX.BODY)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq(email))
			.orderBy(MAIL_OUTBOX.ID)
			.fetch(MAIL_OUTBOX.BODY);
	}

	private HttpResponse<String> post(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String path, String prefix) {
		return path.substring(prefix.length());
	}

}
