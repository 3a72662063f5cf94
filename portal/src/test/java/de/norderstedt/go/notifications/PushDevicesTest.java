package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Subscribing browsers against PostgreSQL: what is checked before a subscription is kept,
 * one row per browser, and each person's devices their own.
 */
@SpringBootTest
class PushDevicesTest {

	private static final FakePushService PUSH = new FakePushService(1);

	@Autowired
	PushDevices devices;

	@Autowired
	TestAccounts accounts;

	@Autowired
	VapidKeyStore vapidKeys;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@AfterAll
	static void stopPush() {
		PUSH.close();
	}

	@Test
	void the_server_key_is_an_uncompressed_p256_point_and_stays_the_same() {
		String key = this.devices.applicationServerKey();

		byte[] point = Base64.getUrlDecoder().decode(key);
		assertThat(point).hasSize(65);
		assertThat(point[0]).isEqualTo((byte) 4);
		assertThat(key).doesNotContain("=", "+", "/");
		assertThat(this.devices.applicationServerKey()).isEqualTo(key);
		assertThat(this.vapidKeys.keys().getApplicationServerKey()).isEqualTo(point);
	}

	@Test
	void a_browser_that_subscribes_twice_is_kept_once_and_listed_with_its_label() {
		signIn("push-twice");
		FakePushService.Browser browser = PUSH.newSubscription();

		this.devices.subscribe(browser.endpoint(), browser.p256dh(), browser.auth(), "Chrome auf Android");
		this.devices.subscribe(browser.endpoint(), browser.p256dh(), browser.auth(), "  Chrome auf Android  ");

		assertThat(rows(browser.endpoint())).isEqualTo(1);
		assertThat(this.devices.isSubscribed(browser.endpoint())).isTrue();
		assertThat(this.devices.myDevices()).singleElement().satisfies(device -> {
			assertThat(device.label()).isEqualTo("Chrome auf Android");
			assertThat(device.createdAt()).isNotNull();
		});
		assertThat(this.devices.myDevice(browser.endpoint())).isPresent();
	}

	@Test
	void a_subscription_records_its_vapid_key_and_a_renewed_one_replaces_it_only_if_it_was_kept() {
		signIn("push-renew");
		FakePushService.Browser old = PUSH.newSubscription();
		FakePushService.Browser renewed = PUSH.newSubscription();
		FakePushService.Browser stranger = PUSH.newSubscription();
		this.devices.subscribe(old.endpoint(), old.p256dh(), old.auth(), "Firefox auf Linux");
		assertThat(this.dsl.select(PUSH_SUBSCRIPTION.VAPID_KEY_ID)
			.from(PUSH_SUBSCRIPTION)
			.where(PUSH_SUBSCRIPTION.ENDPOINT.eq(old.endpoint()))
			.fetchSingle(PUSH_SUBSCRIPTION.VAPID_KEY_ID)).isEqualTo(this.vapidKeys.activeId());

		assertThat(this.devices.renew(old.endpoint(), renewed.endpoint(), renewed.p256dh(), renewed.auth(),
				"Firefox auf Linux"))
			.isTrue();
		assertThat(rows(old.endpoint())).isZero();
		assertThat(this.devices.isSubscribed(renewed.endpoint())).isTrue();
		// renewing never switches push messages on for a browser the person did not keep
		// here
		assertThat(this.devices.renew(old.endpoint(), stranger.endpoint(), stranger.p256dh(), stranger.auth(),
				"Firefox auf Linux"))
			.isFalse();
		assertThat(rows(stranger.endpoint())).isZero();
	}

	@Test
	void unsubscribing_removes_this_browser_only() {
		signIn("push-unsubscribe");
		FakePushService.Browser phone = PUSH.newSubscription();
		FakePushService.Browser laptop = PUSH.newSubscription();
		this.devices.subscribe(phone.endpoint(), phone.p256dh(), phone.auth(), "Chrome auf Android");
		this.devices.subscribe(laptop.endpoint(), laptop.p256dh(), laptop.auth(), "Firefox auf Windows");

		this.devices.unsubscribe(phone.endpoint());

		assertThat(this.devices.isSubscribed(phone.endpoint())).isFalse();
		assertThat(this.devices.myDevices()).extracting(PushDevice::label).containsExactly("Firefox auf Windows");
	}

	@Test
	void other_peoples_devices_cannot_be_removed_unsubscribed_or_seen() {
		signIn("push-owner");
		FakePushService.Browser browser = PUSH.newSubscription();
		this.devices.subscribe(browser.endpoint(), browser.p256dh(), browser.auth(), "Safari auf iPhone");
		long deviceId = this.devices.myDevices().getFirst().id();

		signIn("push-stranger");
		assertThat(this.devices.myDevices()).isEmpty();
		assertThat(this.devices.isSubscribed(browser.endpoint())).isFalse();
		assertThat(this.devices.myDevice(browser.endpoint())).isEmpty();
		this.devices.remove(deviceId);
		this.devices.unsubscribe(browser.endpoint());
		assertThat(rows(browser.endpoint())).isEqualTo(1);

		signIn("push-owner");
		this.devices.remove(deviceId);
		assertThat(rows(browser.endpoint())).isZero();
	}

	@Test
	void anonymous_visitors_have_no_devices_and_cannot_subscribe() {
		FakePushService.Browser browser = PUSH.newSubscription();

		assertThat(this.devices.myDevices()).isEmpty();
		assertThat(this.devices.isSubscribed(browser.endpoint())).isFalse();
		assertRefused(() -> this.devices.subscribe(browser.endpoint(), browser.p256dh(), browser.auth(), "Chrome"),
				"notifications.error.sign-in");
		assertRefused(() -> this.devices.remove(1), "notifications.error.sign-in");
		assertThat(rows(browser.endpoint())).isZero();
	}

	@Test
	void a_subscription_with_a_bad_address_key_secret_or_label_is_refused_and_nothing_is_kept() {
		signIn("push-invalid");
		FakePushService.Browser browser = PUSH.newSubscription();
		String endpoint = browser.endpoint();
		String key = browser.p256dh();
		String auth = browser.auth();

		assertRefused(() -> this.devices.subscribe("ftp://push.example.org/x", key, auth, "Chrome"),
				"notifications.push.error.endpoint");
		assertRefused(() -> this.devices.subscribe("http://push.example.org/x", key, auth, "Chrome"),
				"notifications.push.error.endpoint");
		assertRefused(() -> this.devices.subscribe("https://10.0.0.1/push/x", key, auth, "Chrome"),
				"notifications.push.error.endpoint");
		assertRefused(() -> this.devices.subscribe("https://user@push.example.org/x", key, auth, "Chrome"),
				"notifications.push.error.endpoint");
		assertRefused(() -> this.devices.subscribe("", key, auth, "Chrome"), "notifications.push.error.endpoint");
		assertRefused(() -> this.devices.subscribe("https://push.example.org/" + "x".repeat(2000), key, auth, "Chrome"),
				"notifications.push.error.endpoint");
		// 65 bytes, but no point on the curve
		byte[] notOnCurve = Base64.getUrlDecoder().decode(key);
		notOnCurve[64] ^= 1;
		assertRefused(() -> this.devices.subscribe(endpoint, FakePushService.base64(notOnCurve), auth, "Chrome"),
				"notifications.push.error.key");
		assertRefused(() -> this.devices.subscribe(endpoint, key.substring(0, 40), auth, "Chrome"),
				"notifications.push.error.key");
		assertRefused(() -> this.devices.subscribe(endpoint, "not base64!", auth, "Chrome"),
				"notifications.push.error.key");
		assertRefused(() -> this.devices.subscribe(endpoint, key, FakePushService.base64(new byte[8]), "Chrome"),
				"notifications.push.error.auth");
		assertRefused(() -> this.devices.subscribe(endpoint, key, "%%%", "Chrome"), "notifications.push.error.auth");
		assertRefused(() -> this.devices.subscribe(endpoint, key, auth, " "), "notifications.push.error.label");
		assertRefused(() -> this.devices.subscribe(endpoint, key, auth, "x".repeat(121)),
				"notifications.push.error.label");
		assertRefused(() -> this.devices.subscribe(endpoint, key, auth, "Chrome\u202Eauf"),
				"notifications.push.error.label");

		assertThat(rows(endpoint)).isZero();
		assertThat(this.devices.myDevices()).isEmpty();
	}

	private void signIn(String username) {
		this.accounts.ensure(username, Role.RESIDENT);
		this.accounts.signIn(username);
	}

	private int rows(String endpoint) {
		return this.dsl.fetchCount(PUSH_SUBSCRIPTION, PUSH_SUBSCRIPTION.ENDPOINT.eq(endpoint));
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

}
