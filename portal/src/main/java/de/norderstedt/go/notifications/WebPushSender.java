package de.norderstedt.go.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.interaso.webpush.CryptoKt;
import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Web Push messages: the payload encrypted for the browser (RFC 8291, aes128gcm),
 * signed with the server's VAPID key (RFC 8292), posted to the browser's push service
 * (RFC 8030). The push service's answer becomes the {@link SendOutcome}, so the caller
 * can retry, drop the subscription, or give up. The connection goes to the addresses
 * {@link PushEndpoints#resolve} checked, looked up once per connection: a push endpoint
 * whose name turns to a private address is never posted to.
 */
@Component
class WebPushSender implements PushTransport, DisposableBean {

	/** Where a message without a link of its own leads: the notification centre. */
	static final String DEFAULT_URL = "/benachrichtigungen";

	/** Longest body text in a push message; the notification centre has the full text. */
	static final int MAX_BODY = 300;

	/**
	 * How long one VAPID token (JWT) is valid; a push service accepts at most 24 hours.
	 * One token per push service is signed and reused for {@link #TOKEN_REUSE}, so a fan
	 * out to thousands of browsers signs a handful of tokens, not thousands.
	 */
	private static final int TOKEN_VALIDITY_SECONDS = 12 * 60 * 60;

	private static final Duration TOKEN_REUSE = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a browser's service worker receives (push-sw.js reads these fields). */
	record Payload(String title, String body, String url, String tag, boolean urgent, String lang) {
	}

	private record Token(String value, Instant signedAt) {
	}

	private final Function<@Nullable String, VapidKeys> keys;

	private final PushProperties properties;

	private final CloseableHttpClient http;

	private final Map<TokenKey, Token> tokens = new ConcurrentHashMap<>();

	/** One signer per VAPID key (by its public key): several during a rotation. */
	private final Map<VapidKeys, WebPush> webPush = new ConcurrentHashMap<>();

	/** The result of one post: status, Retry-After, the start of the body. */
	private record Answer(int status, @Nullable String retryAfter, byte[] body) {
	}

	@Autowired
	WebPushSender(VapidKeyStore keys, PushProperties properties, PushEndpoints endpoints) {
		this(keys::keysFor, properties, endpoints);
	}

	/** One key for every subscription. */
	WebPushSender(Supplier<VapidKeys> keys, PushProperties properties, PushEndpoints endpoints) {
		this(keyId -> keys.get(), properties, endpoints);
	}

	/** The key each subscription was made with, by the key id it carries. */
	WebPushSender(Function<@Nullable String, VapidKeys> keys, PushProperties properties, PushEndpoints endpoints) {
		this.keys = keys;
		this.properties = properties;
		Timeout timeout = Timeout.of(properties.timeout());
		// one client for every message: it keeps the connections to each push service
		// open between sends; a connection's address comes from the endpoint check
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new org.apache.hc.client5.http.DnsResolver() {
				@Override
				public java.net.InetAddress[] resolve(String host) throws UnknownHostException {
					return endpoints.resolve(host);
				}

				@Override
				public String resolveCanonicalHostname(String host) {
					return host;
				}
			})
			.setDefaultConnectionConfig(
					ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
			.setMaxConnPerRoute(200)
			.setMaxConnTotal(1000)
			.build();
		this.http = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(timeout)
				.setConnectionRequestTimeout(timeout)
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.build();
	}

	@Override
	public SendOutcome send(PushTarget target, OutgoingMessage message, Duration ttl) {
		WebPush push = webPush(target.vapidKeyId());
		URI endpoint;
		byte[] body;
		try {
			endpoint = URI.create(target.endpoint());
			body = push.getBody(payload(message), CryptoKt.decodeBase64(target.p256dh()),
					CryptoKt.decodeBase64(target.auth()));
		}
		catch (Exception ex) {
			// a malformed endpoint or keys that are no point on P-256 (the library is
			// Kotlin: its security exceptions are not declared)
			return new SendOutcome.Failed("unusable subscription: " + ex);
		}
		long seconds = Math.clamp(ttl.toSeconds(), 0, Integer.MAX_VALUE);
		Map<String, String> headers = push.getHeadersWithToken(token(push, endpoint), (int) seconds, topic(message),
				message.urgent() ? WebPush.Urgency.High : WebPush.Urgency.Normal);
		HttpPost request = new HttpPost(endpoint);
		String contentType = "application/octet-stream";
		for (Map.Entry<String, String> header : headers.entrySet()) {
			// length and type come with the body
			if (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
				contentType = header.getValue();
			}
			else if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
				request.setHeader(header.getKey(), header.getValue());
			}
		}
		request.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
		try {
			Answer answer = this.http.execute(request, response -> {
				Header retryAfter = response.getFirstHeader("Retry-After");
				byte[] answerBody = response.getEntity() == null ? new byte[0]
						: EntityUtils.toByteArray(response.getEntity(), 4096);
				return new Answer(response.getCode(), retryAfter == null ? null : retryAfter.getValue(), answerBody);
			});
			return outcome(answer.status(), answer.retryAfter(), answer.body());
		}
		catch (PushEndpoints.NonPublicAddress ex) {
			// a name that resolves into this machine's networks: never posted to
			return new SendOutcome.Failed("push endpoint not usable: " + ex.getMessage());
		}
		catch (IOException ex) {
			return new SendOutcome.RetryLater(null, "push service not reachable: " + ex);
		}
	}

	/** The push service's answer as an outcome (RFC 8030 section 5, RFC 8292). */
	SendOutcome outcome(int status, @Nullable String retryAfter, byte[] responseBody) {
		if (status >= 200 && status < 300) {
			return new SendOutcome.Sent();
		}
		if (status == 404 || status == 410) {
			return new SendOutcome.Gone(status);
		}
		String reason = "HTTP " + status + reasonText(responseBody);
		if (status == 429 || status >= 500) {
			return new SendOutcome.RetryLater(retryAfter(retryAfter), reason);
		}
		return new SendOutcome.Failed(reason);
	}

	/** Retry-After as seconds or as an HTTP date (RFC 9110 section 10.2.3). */
	@Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
		}
		catch (NumberFormatException ex) {
			// not a number: an HTTP date
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			// the push service's clock is real time, whatever clock the deliveries run on
			Duration wait = Duration.between(Instant.now(), at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static byte[] payload(OutgoingMessage message) {
		String link = message.link();
		return JSON.writeValueAsBytes(new Payload(message.title(), shorten(message.body()),
				link == null || link.isBlank() ? DEFAULT_URL : link, topic(message), message.urgent(),
				message.language().code()));
	}

	/**
	 * Names the notification for the push service and the browser: a message sent again
	 * replaces one still waiting at the push service, and the browser shows it once.
	 */
	static String topic(OutgoingMessage message) {
		return "n" + message.notificationId();
	}

	static String shorten(String text) {
		if (text.codePointCount(0, text.length()) <= MAX_BODY) {
			return text;
		}
		int end = text.offsetByCodePoints(0, MAX_BODY - 1);
		int space = text.lastIndexOf(' ', end);
		if (space > MAX_BODY / 2) {
			end = space;
		}
		return text.substring(0, end).stripTrailing() + "…";
	}

	private String token(WebPush push, URI endpoint) {
		String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
		// one sender per key (VapidKeyStore keeps one VapidKeys per key): the sender
		// stands
		// for its key
		TokenKey cacheKey = new TokenKey(push, audience);
		// real time: the library puts the system time plus the validity into the token
		Instant now = Instant.now();
		Token token = this.tokens.get(cacheKey);
		if (token == null || token.signedAt().plus(TOKEN_REUSE).isBefore(now) || token.signedAt().isAfter(now)) {
			token = new Token(push.getToken(audience, TOKEN_VALIDITY_SECONDS), now);
			this.tokens.put(cacheKey, token);
		}
		return token.value();
	}

	private WebPush webPush(@Nullable String keyId) {
		VapidKeys vapid = this.keys.apply(keyId);
		return this.webPush.computeIfAbsent(vapid, k -> new WebPush(this.properties.subject(), k));
	}

	private record TokenKey(WebPush push, String audience) {
	}

	private static String reasonText(byte[] responseBody) {
		if (responseBody.length == 0) {
			return "";
		}
		String text = new String(responseBody, 0, Math.min(responseBody.length, 200), StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ")
			.strip();
		return text.isEmpty() ? "" : ": " + text;
	}

	@Override
	public void destroy() {
		this.http.close(CloseMode.GRACEFUL);
	}

}
