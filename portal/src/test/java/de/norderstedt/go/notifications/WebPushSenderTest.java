package de.norderstedt.go.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.interaso.webpush.CryptoKt;
import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against the fake push service: real encryption and VAPID signatures, checked
 * by decrypting and verifying on the other side, and each answer of the push service
 * turned into the right outcome.
 */
class WebPushSenderTest {

	private static final PushProperties PROPERTIES = new PushProperties("mailto:test@norderstedt.de", true,
			Duration.ofSeconds(2), List.of("fcm.googleapis.com"));

	/** The fake push service on this machine, admitted as the tests' local endpoint. */
	private static final PushEndpoints LOCAL = new PushEndpoints(PROPERTIES.allowedHosts(), true,
			InetAddress::getAllByName);

	private final VapidKeys vapid = VapidKeys.generate();

	private final String serverKey = CryptoKt.encodeBase64(this.vapid.getApplicationServerKey());

	private final List<AutoCloseable> closeables = new ArrayList<>();

	private FakePushService push;

	private WebPushSender sender;

	@BeforeEach
	void start() {
		this.push = new FakePushService();
		this.sender = new WebPushSender(() -> this.vapid, PROPERTIES, LOCAL);
	}

	@AfterEach
	void stop() throws Exception {
		this.sender.destroy();
		this.push.close();
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void a_message_arrives_encrypted_for_the_browser_with_its_ttl_urgency_and_topic() {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);

		SendOutcome outcome = this.sender.send(target(browser),
				message(42, "Baustelle Ohechaussee", "Ab Montag ist die Straße gesperrt.", "/neuigkeiten/7", false),
				Duration.ofHours(6));

		assertThat(outcome).isEqualTo(new SendOutcome.Sent());
		assertThat(this.push.rejected()).isZero();
		FakePushService.Received received = this.push.received(browser.endpoint()).getFirst();
		assertThat(received.ttl()).isEqualTo(6 * 3600);
		assertThat(received.urgency()).isEqualTo("normal");
		assertThat(received.topic()).isEqualTo("n42");
		assertThat(received.field("title")).isEqualTo("Baustelle Ohechaussee");
		assertThat(received.field("body")).isEqualTo("Ab Montag ist die Straße gesperrt.");
		assertThat(received.field("url")).isEqualTo("/neuigkeiten/7");
		assertThat(received.field("tag")).isEqualTo("n42");
		assertThat(received.field("urgent")).isEqualTo("false");
		assertThat(received.field("lang")).isEqualTo("de");
	}

	@Test
	void an_urgent_message_goes_with_urgency_high_and_a_message_without_link_leads_to_the_notification_centre() {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);

		SendOutcome outcome = this.sender.send(target(browser), message(7, "Unwetter", "Sturmwarnung", null, true),
				Duration.ZERO);

		assertThat(outcome).isEqualTo(new SendOutcome.Sent());
		FakePushService.Received received = this.push.received(browser.endpoint()).getFirst();
		assertThat(received.urgency()).isEqualTo("high");
		assertThat(received.ttl()).isZero();
		assertThat(received.field("urgent")).isEqualTo("true");
		assertThat(received.field("url")).isEqualTo("/benachrichtigungen");
	}

	@Test
	void a_long_text_is_cut_for_the_push_message() {
		FakePushService.Browser browser = this.push.newSubscription();
		String body = "Die Stadt informiert über Bauarbeiten. ".repeat(40);

		this.sender.send(target(browser), message(1, "Lang", body, null, false), Duration.ofMinutes(5));

		String sent = this.push.received(browser.endpoint()).getFirst().field("body");
		assertThat(sent.codePointCount(0, sent.length())).isLessThanOrEqualTo(WebPushSender.MAX_BODY);
		assertThat(sent).endsWith("…").startsWith("Die Stadt informiert");
	}

	@Test
	void gone_and_unknown_subscriptions_are_gone() {
		FakePushService.Browser unsubscribed = this.push.newSubscription();
		this.push.unsubscribe(unsubscribed.endpoint());
		FakePushService.Browser unknown = this.push.newSubscription();
		this.push.respond(unknown.endpoint(), 404);

		assertThat(send(unsubscribed)).isEqualTo(new SendOutcome.Gone(410));
		assertThat(send(unknown)).isEqualTo(new SendOutcome.Gone(404));
	}

	@Test
	void a_server_error_is_retried_later_and_the_next_attempt_arrives() {
		FakePushService.Browser browser = this.push.newSubscription();
		this.push.respond(browser.endpoint(), 500);

		assertThat(send(browser)).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
				retry -> assertThat(retry.retryAfter()).isNull());
		assertThat(send(browser)).isEqualTo(new SendOutcome.Sent());
		assertThat(this.push.received(browser.endpoint())).hasSize(1);
	}

	@Test
	void too_many_requests_are_retried_after_what_the_push_service_asked_for() {
		FakePushService.Browser browser = this.push.newSubscription();
		this.push.respond(browser.endpoint(), 429, "2");
		String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
		this.push.respond(browser.endpoint(), 503, inTwoMinutes);

		assertThat(send(browser)).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
		assertThat(send(browser)).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
				retry -> assertThat(retry.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121)));
	}

	@Test
	void a_refused_message_fails_for_good() {
		FakePushService.Browser browser = this.push.newSubscription();
		this.push.respond(browser.endpoint(), 400);

		assertThat(send(browser)).isInstanceOfSatisfying(SendOutcome.Failed.class,
				failed -> assertThat(failed.reason()).startsWith("HTTP 400"));
	}

	@Test
	void an_unreachable_push_service_is_retried_later() throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			freePort = socket.getLocalPort();
		}
		FakePushService.Browser browser = this.push.newSubscription();
		PushTarget refused = new PushTarget(1, "http://127.0.0.1:" + freePort + "/push/x", browser.p256dh(),
				browser.auth());

		assertThat(this.sender.send(refused, message(1, "T", "B", null, false), Duration.ofMinutes(1)))
			.isInstanceOf(SendOutcome.RetryLater.class);
	}

	@Test
	void a_push_service_that_does_not_answer_in_time_is_retried_later() throws IOException {
		ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.closeables.add(silent);
		List<Socket> accepted = new ArrayList<>();
		Thread.ofVirtual().start(() -> {
			try {
				while (true) {
					accepted.add(silent.accept());
				}
			}
			catch (IOException ex) {
				// closed
			}
		});
		FakePushService.Browser browser = this.push.newSubscription();
		PushTarget target = new PushTarget(1, "http://127.0.0.1:" + silent.getLocalPort() + "/push/x", browser.p256dh(),
				browser.auth());

		long started = System.nanoTime();
		assertThat(this.sender.send(target, message(1, "T", "B", null, false), Duration.ofMinutes(1)))
			.isInstanceOf(SendOutcome.RetryLater.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void the_fake_push_service_rejects_a_wrong_vapid_signature() throws Exception {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);
		WebPush ours = new WebPush("mailto:test@norderstedt.de", this.vapid);
		WebPush someoneElse = new WebPush("mailto:test@norderstedt.de", VapidKeys.generate());
		// a token signed by another key, presented with our key
		String forged = someoneElse.getToken(this.push.origin(), 3600);
		Map<String, String> headers = ours.getHeadersWithToken(forged, 60, null, WebPush.Urgency.Normal);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.endpoint()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(ours.getBody("{}".getBytes(),
					CryptoKt.decodeBase64(browser.p256dh()), CryptoKt.decodeBase64(browser.auth()))));
		headers.forEach(request::header);

		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(400);
		}
		assertThat(this.push.rejected()).isEqualTo(1);
		assertThat(this.push.rejections().getFirst()).contains("signature");
		assertThat(this.push.received()).isEmpty();
	}

	@Test
	void a_host_name_that_resolves_to_a_private_address_is_never_posted_to() throws Exception {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);
		// a name that the (test's) name service turns into this machine's address, as a
		// hostile DNS entry for a push endpoint would
		URI real = URI.create(browser.endpoint());
		String endpoint = "http://push.internal.example:" + real.getPort() + real.getRawPath();
		PushEndpoints.Lookup hostile = host -> "push.internal.example".equals(host)
				? new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) }
				: InetAddress.getAllByName(host);
		PushTarget target = new PushTarget(1, endpoint, browser.p256dh(), browser.auth());

		WebPushSender guarded = new WebPushSender(() -> this.vapid, PROPERTIES,
				new PushEndpoints(List.of("*"), false, hostile));
		try {
			assertThat(guarded.send(target, message(1, "T", "B", null, false), Duration.ofMinutes(1)))
				.isInstanceOfSatisfying(SendOutcome.Failed.class,
						failed -> assertThat(failed.toString()).contains("non-public address"));
		}
		finally {
			guarded.destroy();
		}
		assertThat(this.push.received()).isEmpty();

		assertThat(this.push.rejected()).isZero();

		// the connection goes to the address the check returned: admitted for tests, the
		// same name reaches the fake service though no real name service knows it (which
		// turns it down only because the token is for that name, not for its own)
		WebPushSender admitted = new WebPushSender(() -> this.vapid, PROPERTIES,
				new PushEndpoints(List.of("*"), true, hostile));
		try {
			admitted.send(target, message(2, "T", "B", null, false), Duration.ofMinutes(1));
		}
		finally {
			admitted.destroy();
		}
		assertThat(this.push.rejected()).isEqualTo(1);
		assertThat(this.push.rejections().getFirst()).contains("aud").contains("push.internal.example");
	}

	@Test
	void during_a_vapid_rotation_each_subscription_is_served_with_the_key_it_was_made_with() {
		VapidKeys next = VapidKeys.generate();
		// "0000000a" the former (and legacy) key, "0000000b" the active one
		WebPushSender rotating = new WebPushSender(id -> "0000000a".equals(id) || id == null ? this.vapid : next,
				PROPERTIES, LOCAL);
		FakePushService.Browser before = this.push.newSubscription(this.serverKey);
		FakePushService.Browser older = this.push.newSubscription(this.serverKey);
		FakePushService.Browser after = this.push
			.newSubscription(CryptoKt.encodeBase64(next.getApplicationServerKey()));
		try {
			assertThat(rotating.send(new PushTarget(1, before.endpoint(), before.p256dh(), before.auth(), "0000000a"),
					message(1, "T", "B", null, false), Duration.ofMinutes(1)))
				.isEqualTo(new SendOutcome.Sent());
			// subscribed before key ids: the legacy key
			assertThat(rotating.send(new PushTarget(2, older.endpoint(), older.p256dh(), older.auth(), null),
					message(2, "T", "B", null, false), Duration.ofMinutes(1)))
				.isEqualTo(new SendOutcome.Sent());
			assertThat(rotating.send(new PushTarget(3, after.endpoint(), after.p256dh(), after.auth(), "0000000b"),
					message(3, "T", "B", null, false), Duration.ofMinutes(1)))
				.isEqualTo(new SendOutcome.Sent());
		}
		finally {
			rotating.destroy();
		}
		assertThat(this.push.rejected()).isZero();
		assertThat(this.push.received()).hasSize(3);
	}

	@Test
	void the_fake_push_service_rejects_a_server_key_other_than_the_one_the_browser_subscribed_with() {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);
		WebPushSender stranger = new WebPushSender(VapidKeys::generate, PROPERTIES, LOCAL);
		try {
			assertThat(stranger.send(target(browser), message(1, "T", "B", null, false), Duration.ofMinutes(1)))
				.isInstanceOf(SendOutcome.Failed.class);
		}
		finally {
			stranger.destroy();
		}
		assertThat(this.push.rejected()).isEqualTo(1);
		assertThat(this.push.received()).isEmpty();
	}

	@Test
	void the_fake_push_service_rejects_a_body_encrypted_for_another_browser() {
		FakePushService.Browser browser = this.push.newSubscription(this.serverKey);
		FakePushService.Browser other = this.push.newSubscription(this.serverKey);
		PushTarget mixedUp = new PushTarget(1, browser.endpoint(), other.p256dh(), other.auth());

		SendOutcome outcome = this.sender.send(mixedUp, message(1, "T", "B", null, false), Duration.ofMinutes(1));

		assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
		assertThat(this.push.rejected()).isEqualTo(1);
		assertThat(this.push.rejections().getFirst()).contains("decrypted");
		assertThat(this.push.received()).isEmpty();
	}

	@Test
	void keys_that_are_no_point_on_the_curve_fail_without_a_request() {
		FakePushService.Browser browser = this.push.newSubscription();
		PushTarget broken = new PushTarget(1, browser.endpoint(), FakePushService.base64(new byte[65]), browser.auth());

		assertThat(this.sender.send(broken, message(1, "T", "B", null, false), Duration.ofMinutes(1)))
			.isInstanceOf(SendOutcome.Failed.class);
		assertThat(this.push.received()).isEmpty();
		assertThat(this.push.rejected()).isZero();
	}

	@Test
	void retry_after_is_read_as_seconds_or_as_a_date() {
		assertThat(this.sender.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.sender.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
		assertThat(this.sender.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(this.sender.retryAfter("soon")).isNull();
		assertThat(this.sender.retryAfter(null)).isNull();
	}

	private SendOutcome send(FakePushService.Browser browser) {
		return this.sender.send(target(browser), message(3, "Titel", "Text", null, false), Duration.ofMinutes(10));
	}

	private static PushTarget target(FakePushService.Browser browser) {
		return new PushTarget(1, browser.endpoint(), browser.p256dh(), browser.auth());
	}

	private static OutgoingMessage message(long notificationId, String title, String body, @Nullable String link,
			boolean urgent) {
		return new OutgoingMessage(notificationId * 10, notificationId, NotificationCategory.NEWS, Language.DE, title,
				body, link, urgent);
	}

}
