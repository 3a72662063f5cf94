package de.norderstedt.go.notifications;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's browsers that receive Web Push: what a browser needs to
 * subscribe (the server's public key), and keeping, listing and removing subscriptions. A
 * browser's subscription is checked before it is kept, so the sender never meets keys it
 * cannot encrypt for, nor an address it must not call.
 */
@Service
public class PushDevices {

	/** Longest device label ("Chrome auf Android"). */
	public static final int MAX_LABEL = 120;

	private static final ECParameterSpec P256 = p256();

	private final AccountService accounts;

	private final PushSubscriptionRepository subscriptions;

	private final VapidKeyStore keys;

	private final Clock clock;

	private final PushEndpoints endpoints;

	PushDevices(AccountService accounts, PushSubscriptionRepository subscriptions, VapidKeyStore keys,
			PushEndpoints endpoints, Clock clock) {
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.clock = clock;
		this.endpoints = endpoints;
	}

	/**
	 * The server's public key for {@code pushManager.subscribe}: the uncompressed P-256
	 * point, base64url.
	 */
	public String applicationServerKey() {
		return this.keys.applicationServerKey();
	}

	/**
	 * Keeps this browser's subscription for the signed-in person. The same browser
	 * subscribing again keeps one subscription.
	 * @param endpoint the push service's address for this browser
	 * @param p256dh the browser's public key (base64url)
	 * @param auth the browser's auth secret (base64url)
	 * @param deviceLabel the device in words, e.g. "Chrome auf Android"
	 */
	@Transactional
	public void subscribe(String endpoint, String p256dh, String auth, String deviceLabel) {
		long me = me();
		String checkedEndpoint = this.endpoints.check(endpoint);
		byte[] publicKey = decode(p256dh, "notifications.push.error.key");
		if (publicKey.length != 65 || publicKey[0] != 4 || !onP256(publicKey)) {
			throw new Refusal("notifications.push.error.key");
		}
		byte[] authSecret = decode(auth, "notifications.push.error.auth");
		if (authSecret.length != 16) {
			throw new Refusal("notifications.push.error.auth");
		}
		String label = Input.blankToNull(deviceLabel);
		if (label == null || label.length() > MAX_LABEL || Input.hasInvisibleCharacters(label, false)) {
			throw new Refusal("notifications.push.error.label");
		}
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		this.subscriptions.save(me, checkedEndpoint, encoder.encodeToString(publicKey),
				encoder.encodeToString(authSecret), label, this.keys.activeId(), this.clock.instant());
	}

	/**
	 * Replaces a subscription of the signed-in person that the browser renewed with the
	 * server's current VAPID key (after a rotation). A subscription the person did not
	 * keep here stays unkept: renewing never switches push messages on.
	 * @param replaced the endpoint of the subscription made with the former key
	 * @return whether the renewed subscription is kept
	 */
	@Transactional
	public boolean renew(String replaced, String endpoint, String p256dh, String auth, String deviceLabel) {
		long me = me();
		if (!this.subscriptions.exists(me, replaced)) {
			return false;
		}
		this.subscriptions.delete(me, replaced);
		subscribe(endpoint, p256dh, auth, deviceLabel);
		return true;
	}

	/** Stops push messages to this browser for the signed-in person. */
	@Transactional
	public void unsubscribe(String endpoint) {
		this.subscriptions.delete(me(), endpoint);
	}

	/** Whether this browser receives push messages for the signed-in person. */
	@Transactional(readOnly = true)
	public boolean isSubscribed(String endpoint) {
		return this.accounts.signedInAccountId().map(id -> this.subscriptions.exists(id, endpoint)).orElse(false);
	}

	/** The signed-in person's browsers that receive push messages, oldest first. */
	@Transactional(readOnly = true)
	public List<PushDevice> myDevices() {
		return this.accounts.signedInAccountId()
			.map(id -> this.subscriptions.devices(id)
				.stream()
				.map(d -> new PushDevice(d.id(), d.label(), d.createdAt()))
				.toList())
			.orElse(List.of());
	}

	/** The device of the signed-in person with this endpoint (this browser), if any. */
	@Transactional(readOnly = true)
	public Optional<PushDevice> myDevice(String endpoint) {
		return this.accounts.signedInAccountId()
			.flatMap(id -> this.subscriptions.devices(id)
				.stream()
				.filter(d -> d.endpoint().equals(endpoint))
				.findFirst())
			.map(d -> new PushDevice(d.id(), d.label(), d.createdAt()));
	}

	/** Removes one of the signed-in person's devices; someone else's stays as it is. */
	@Transactional
	public void remove(long deviceId) {
		this.subscriptions.deleteOwn(me(), deviceId);
	}

	private static byte[] decode(@Nullable String base64url, String errorKey) {
		if (base64url == null || base64url.isBlank() || base64url.length() > 200) {
			throw new Refusal(errorKey);
		}
		try {
			return Base64.getUrlDecoder().decode(base64url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(errorKey);
		}
	}

	/** Whether the uncompressed point lies on P-256: y² = x³ + ax + b (mod p). */
	private static boolean onP256(byte[] point) {
		BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
		BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
		BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
		if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
			return false;
		}
		BigInteger left = y.modPow(BigInteger.TWO, p);
		BigInteger right = x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
		return left.equals(right);
	}

	private long me() {
		@Nullable Long id = this.accounts.signedInAccountId().orElse(null);
		if (id == null) {
			throw new Refusal("notifications.error.sign-in");
		}
		return id;
	}

	private static ECParameterSpec p256() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
