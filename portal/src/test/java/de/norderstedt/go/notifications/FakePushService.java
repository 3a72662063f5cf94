package de.norderstedt.go.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Web Push service on 127.0.0.1 for tests and the benchmark, standing in for the
 * browsers' push services (RFC 8030). It hands out subscriptions as a browser would (a
 * P-256 key pair and an auth secret per browser) and, for every message posted to one,
 * checks what a real push service and browser check: the VAPID header (RFC 8292: the
 * ES256 signature with the key it names, the audience, the expiry, the subject) and the
 * encrypted body (RFC 8291 and 8188: decrypted with the browser's private key and auth
 * secret). A message failing either is answered 400 and counted as rejected; an accepted
 * one is recorded with its headers and decrypted text.
 * <p>
 * Answers can be scripted per subscription (500 once, 410, 429 with Retry-After).
 */
public final class FakePushService implements AutoCloseable {

	/** One browser's subscription, as {@code PushSubscription.toJSON()} gives it. */
	public record Browser(String endpoint, String p256dh, String auth) {
	}

	/**
	 * One message the service accepted and decrypted.
	 *
	 * @param urgency the Urgency header, if any
	 * @param topic the Topic header, if any
	 * @param json the decrypted payload
	 */
	public record Received(String endpoint, int ttl, @Nullable String urgency, @Nullable String topic, String json,
			Instant at) {

		/** A field of the JSON payload as text ("" when missing). */
		public String field(String name) {
			JsonNode node = JSON.readTree(this.json).get(name);
			return node == null ? "" : node.asString();
		}

	}

	private record Answer(int status, @Nullable String retryAfter) {
	}

	private record Secrets(ECPrivateKey privateKey, byte[] publicKey, byte[] authSecret,
			@Nullable String applicationServerKey) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern VAPID = Pattern.compile("vapid\\s+t=([^,\\s]+)\\s*,\\s*k=([^,\\s]+)\\s*");

	private static final ECParameterSpec P256 = p256();

	private final HttpServer server;

	private final ExecutorService executor;

	private final String origin;

	private final Map<String, Secrets> browsers = new ConcurrentHashMap<>();

	private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();

	private final Set<String> unsubscribed = ConcurrentHashMap.newKeySet();

	/** VAPID tokens already verified (token and key): senders reuse them. */
	private final Map<String, Long> verifiedTokens = new ConcurrentHashMap<>();

	private final List<Received> received = new ArrayList<>();

	private final AtomicInteger rejected = new AtomicInteger();

	private final List<String> rejections = new ArrayList<>();

	/** Starts the service on a free port of 127.0.0.1. */
	public FakePushService() {
		this(4);
	}

	public FakePushService(int threads) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.executor = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().daemon().name("fake-push-", 0).factory());
		this.server.setExecutor(this.executor);
		this.server.createContext("/push/", this::handle);
		this.server.start();
		this.origin = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Where the service listens, e.g. {@code http://127.0.0.1:40123}. */
	public String origin() {
		return this.origin;
	}

	/** A new browser subscription: its own key pair and auth secret, its own endpoint. */
	public Browser newSubscription() {
		return newSubscription(null);
	}

	/**
	 * A new browser subscription made with this application server key (base64url):
	 * messages signed with another VAPID key are rejected, as push services do.
	 */
	public Browser newSubscription(@Nullable String applicationServerKey) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			byte[] publicKey = uncompressed((ECPublicKey) pair.getPublic());
			byte[] authSecret = new byte[16];
			RANDOM.nextBytes(authSecret);
			byte[] id = new byte[16];
			RANDOM.nextBytes(id);
			String endpoint = this.origin + "/push/" + base64(id);
			this.browsers.put(endpoint,
					new Secrets((ECPrivateKey) pair.getPrivate(), publicKey, authSecret, applicationServerKey));
			return new Browser(endpoint, base64(publicKey), base64(authSecret));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The next messages to this endpoint are answered with these statuses, one each, then
	 * 201 again.
	 */
	public void respond(String endpoint, int... statuses) {
		for (int status : statuses) {
			respond(endpoint, status, null);
		}
	}

	/** The next message to this endpoint is answered with the status and Retry-After. */
	public void respond(String endpoint, int status, @Nullable String retryAfter) {
		this.scripted.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).add(new Answer(status, retryAfter));
	}

	/** The browser unsubscribed: from now on the endpoint answers 410 Gone. */
	public void unsubscribe(String endpoint) {
		this.unsubscribed.add(endpoint);
	}

	/** Every message accepted so far, in the order they arrived. */
	public List<Received> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	public List<Received> received(String endpoint) {
		return received().stream().filter(r -> r.endpoint().equals(endpoint)).toList();
	}

	/** How many messages failed the VAPID or encryption check. */
	public int rejected() {
		return this.rejected.get();
	}

	/** Why messages were rejected, for failure messages. */
	public List<String> rejections() {
		synchronized (this.rejections) {
			return List.copyOf(this.rejections);
		}
	}

	/**
	 * Waits until at least n messages were accepted.
	 * @throws AssertionError when they do not arrive in time
	 */
	public List<Received> awaitReceived(int n, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.received) {
			while (this.received.size() < n) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("expected " + n + " push messages within " + timeout + ", received "
							+ this.received.size() + ", rejected " + this.rejected.get() + " " + rejections());
				}
				this.received.wait(Math.max(1, left / 1_000_000));
			}
			return List.copyOf(this.received);
		}
	}

	/** Forgets what was received and rejected (subscriptions stay). */
	public void clear() {
		synchronized (this.received) {
			this.received.clear();
		}
		synchronized (this.rejections) {
			this.rejections.clear();
		}
		this.rejected.set(0);
		this.scripted.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String endpoint = this.origin + exchange.getRequestURI().getRawPath();
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, null);
				return;
			}
			Secrets browser = this.browsers.get(endpoint);
			if (browser == null || this.unsubscribed.contains(endpoint)) {
				answer(exchange, browser == null ? 404 : 410, null);
				return;
			}
			String json;
			int ttl;
			try {
				verifyVapid(exchange.getRequestHeaders().getFirst("Authorization"), endpoint, browser);
				ttl = ttl(exchange.getRequestHeaders().getFirst("TTL"));
				if (!"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
					throw new Rejected("Content-Encoding is not aes128gcm");
				}
				json = new String(decrypt(body, browser), StandardCharsets.UTF_8);
			}
			catch (Rejected ex) {
				this.rejected.incrementAndGet();
				synchronized (this.rejections) {
					this.rejections.add(ex.getMessage());
				}
				answer(exchange, 400, null);
				return;
			}
			Deque<Answer> script = this.scripted.get(endpoint);
			Answer scriptedAnswer = null;
			if (script != null) {
				synchronized (script) {
					scriptedAnswer = script.poll();
				}
			}
			if (scriptedAnswer != null && scriptedAnswer.status() >= 300) {
				answer(exchange, scriptedAnswer.status(), scriptedAnswer.retryAfter());
				return;
			}
			Received message = new Received(endpoint, ttl, exchange.getRequestHeaders().getFirst("Urgency"),
					exchange.getRequestHeaders().getFirst("Topic"), json, Instant.now());
			synchronized (this.received) {
				this.received.add(message);
				this.received.notifyAll();
			}
			answer(exchange, scriptedAnswer == null ? 201 : scriptedAnswer.status(), null);
		}
	}

	private static void answer(HttpExchange exchange, int status, @Nullable String retryAfter) throws IOException {
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", retryAfter);
		}
		exchange.sendResponseHeaders(status, -1);
		try (OutputStream out = exchange.getResponseBody()) {
			// no body
		}
	}

	private static int ttl(@Nullable String header) throws Rejected {
		try {
			int ttl = Integer.parseInt(header == null ? "" : header.strip());
			if (ttl < 0) {
				throw new Rejected("negative TTL");
			}
			return ttl;
		}
		catch (NumberFormatException ex) {
			throw new Rejected("TTL header missing or not a number: " + header);
		}
	}

	/**
	 * RFC 8292: {@code vapid t=<JWT>, k=<public key>}; the JWT is ES256 signed with k.
	 */
	private void verifyVapid(@Nullable String authorization, String endpoint, Secrets browser) throws Rejected {
		if (authorization == null) {
			throw new Rejected("no Authorization header");
		}
		Matcher matcher = VAPID.matcher(authorization);
		if (!matcher.matches()) {
			throw new Rejected("Authorization is not 'vapid t=..., k=...': " + authorization);
		}
		String token = matcher.group(1);
		String key = matcher.group(2);
		if (browser.applicationServerKey() != null && !browser.applicationServerKey().equals(key)) {
			throw new Rejected("VAPID key k is not the one the browser subscribed with");
		}
		String cacheKey = token + ' ' + key;
		long now = Instant.now().getEpochSecond();
		Long verifiedExpiry = this.verifiedTokens.get(cacheKey);
		if (verifiedExpiry != null) {
			if (verifiedExpiry <= now) {
				throw new Rejected("VAPID token expired");
			}
			return;
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			throw new Rejected("VAPID token is not a JWT");
		}
		try {
			JsonNode header = JSON.readTree(unbase64(parts[0]));
			if (!"ES256".equals(header.path("alg").asString())) {
				throw new Rejected("VAPID token is not ES256");
			}
			Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
			verifier.initVerify(publicKey(unbase64(key)));
			verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			if (!verifier.verify(unbase64(parts[2]))) {
				throw new Rejected("VAPID signature does not match the key k");
			}
			JsonNode claims = JSON.readTree(unbase64(parts[1]));
			URI uri = URI.create(endpoint);
			String audience = uri.getScheme() + "://" + uri.getRawAuthority();
			if (!audience.equals(claims.path("aud").asString())) {
				throw new Rejected("VAPID aud " + claims.path("aud") + " is not " + audience);
			}
			long exp = claims.path("exp").asLong(0);
			if (exp <= now || exp > now + 24 * 60 * 60) {
				throw new Rejected("VAPID exp not in the next 24 hours: " + exp);
			}
			if (claims.path("sub").asString("").isBlank()) {
				throw new Rejected("VAPID sub missing");
			}
			this.verifiedTokens.put(cacheKey, exp);
		}
		catch (GeneralSecurityException | IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			throw new Rejected("VAPID header unreadable: " + ex);
		}
	}

	/** RFC 8188 (aes128gcm) with the key derivation of RFC 8291. */
	private static byte[] decrypt(byte[] body, Secrets browser) throws Rejected {
		try {
			ByteBuffer in = ByteBuffer.wrap(body);
			byte[] salt = new byte[16];
			in.get(salt);
			int recordSize = in.getInt();
			int idLength = in.get() & 0xff;
			if (idLength != 65) {
				throw new Rejected("key id is not a P-256 public key (length " + idLength + ")");
			}
			byte[] senderKey = new byte[idLength];
			in.get(senderKey);
			byte[] ciphertext = new byte[in.remaining()];
			in.get(ciphertext);
			if (ciphertext.length > recordSize || ciphertext.length < 17) {
				throw new Rejected("not one record of at most " + recordSize + " bytes");
			}
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(browser.privateKey());
			agreement.doPhase(publicKey(senderKey), true);
			byte[] ecdhSecret = agreement.generateSecret();
			byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browser.publicKey(),
					senderKey, new byte[] { 1 });
			byte[] ikm = hmac(hmac(browser.authSecret(), ecdhSecret), keyInfo);
			byte[] prk = hmac(salt, ikm);
			byte[] cek = Arrays.copyOf(hmac(prk,
					concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1 })), 16);
			byte[] nonce = Arrays.copyOf(
					hmac(prk,
							concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1 })),
					12);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
			byte[] padded = cipher.doFinal(ciphertext);
			int end = padded.length - 1;
			while (end >= 0 && padded[end] == 0) {
				end--;
			}
			if (end < 0 || padded[end] != 2) {
				throw new Rejected("last record does not end with the delimiter 0x02");
			}
			return Arrays.copyOf(padded, end);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new Rejected("body cannot be decrypted for this subscription: " + ex);
		}
	}

	private static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
		if (uncompressed.length != 65 || uncompressed[0] != 4) {
			throw new GeneralSecurityException("not an uncompressed P-256 point");
		}
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
	}

	private static byte[] uncompressed(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 4;
		unsigned(key.getW().getAffineX(), point, 1);
		unsigned(key.getW().getAffineY(), point, 33);
		return point;
	}

	private static void unsigned(BigInteger value, byte[] target, int offset) {
		byte[] bytes = value.toByteArray();
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
	}

	private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			buffer.put(part);
		}
		return buffer.array();
	}

	private static ECParameterSpec p256() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] unbase64(String text) {
		return Base64.getUrlDecoder().decode(text);
	}

	private static final class Rejected extends Exception {

		Rejected(String message) {
			super(message);
		}

	}

}
