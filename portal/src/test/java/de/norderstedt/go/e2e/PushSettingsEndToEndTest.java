package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.notifications.FakePushService;
import de.norderstedt.go.notifications.PushDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web Push on the notification settings: headless Chromium has no push service, so an
 * init script makes its PushManager hand out a subscription of the fake push service;
 * everything else is real (the service worker /push-sw.js, the permission, the server
 * keeping and forgetting the subscription).
 */
class PushSettingsEndToEndTest extends EndToEndTest {

	/** Pages that subscribe to Web Push need the whole browser. */
	@Override
	com.microsoft.playwright.Browser browser() {
		return Browsers.chromiumWithPush();
	}

	/** Where the section is shown (the notification settings page). */
	static final String PAGE = "/einstellungen/benachrichtigungen";

	private static final FakePushService PUSH = new FakePushService(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PushDevices pushDevices;

	@AfterAll
	static void stopPush() {
		PUSH.close();
	}

	@Test
	void a_resident_switches_push_on_for_this_device_removes_another_device_and_switches_it_off() throws Exception {
		String resident = "push-e2e-" + System.nanoTime();
		FakePushService.Browser browser = thisBrowserAllowsPush();
		FakePushService.Browser laptop = laptopSubscribedEarlier(resident);

		signIn(resident);
		open(PAGE);
		Locator section = section();
		assertThat(section.getByRole(AriaRole.HEADING, exactly("Nachrichten auf diesem Gerät"))).isVisible();
		assertThat(section).containsText("Ihr Browser fragt Sie einmal um Erlaubnis.");
		assertThat(state()).hasText("Ausgeschaltet: Dieses Gerät zeigt keine Nachrichten an.");
		assertThat(section.getByRole(AriaRole.HEADING, exactly("Firefox auf Windows"))).isVisible();
		check("push-off");

		button("Nachrichten auf diesem Gerät erhalten").click();
		assertThat(section().getByRole(AriaRole.STATUS))
			.hasText("Eingeschaltet. Dieses Gerät zeigt ab jetzt neue Nachrichten an.");
		assertThat(state()).hasText("Eingeschaltet: Dieses Gerät zeigt neue Nachrichten an.");
		assertThat(button("Auf diesem Gerät abschalten")).isVisible();
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, browser.endpoint())).isTrue();
		// the real service worker is registered for the whole portal
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate(
				"async () => { const r = await navigator.serviceWorker.getRegistration('/'); return r && r.active ? r.active.scriptURL : null; }"))
			.isEqualTo(url("/push-sw.js"));
		// this device is not among the others; the label says which browser it is
		assertThat(section.getByRole(AriaRole.HEADING, exactly("Firefox auf Windows"))).isVisible();
		assertThat(section.getByRole(AriaRole.LISTITEM)).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(this.pushDevices.myDevice(browser.endpoint())).isEmpty();
		check("push-on");

		// a push message reaches the service worker: it shows it with the text, tag and
		// link
		deliverPush(Map.of("title", "Baustelle Ohechaussee", "body", "Ab Montag gesperrt.", "url", "/neuigkeiten/7",
				"tag", "n42", "urgent", true, "lang", "de"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> shown = (List<Map<String, Object>>) this.page
			.evaluate("async () => { const r = await navigator.serviceWorker.getRegistration('/');"
					+ " for (let i = 0; i < 50; i++) { const n = await r.getNotifications(); if (n.length) {"
					+ " return n.map(x => ({ title: x.title, body: x.body, tag: x.tag, url: x.data.url,"
					+ " requireInteraction: x.requireInteraction })); } await new Promise(ok => setTimeout(ok, 100)); }"
					+ " return []; }");
		org.assertj.core.api.Assertions.assertThat(shown)
			.containsExactly(Map.of("title", "Baustelle Ohechaussee", "body", "Ab Montag gesperrt.", "tag", "n42",
					"url", "/neuigkeiten/7", "requireInteraction", true));

		button("Firefox auf Windows entfernen").click();
		assertThat(section().getByRole(AriaRole.STATUS)).hasText("Firefox auf Windows bekommt keine Nachrichten mehr.");
		assertThat(section.getByRole(AriaRole.LISTITEM)).hasCount(0);
		assertThat(section).containsText("Auf keinem anderen Gerät ist es eingeschaltet.");
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, laptop.endpoint())).isFalse();

		// after a reload the page still knows this device is on
		open(PAGE);
		assertThat(state()).hasText("Eingeschaltet: Dieses Gerät zeigt neue Nachrichten an.");

		button("Auf diesem Gerät abschalten").click();
		assertThat(section().getByRole(AriaRole.STATUS))
			.hasText("Abgeschaltet. Dieses Gerät zeigt keine Nachrichten mehr an.");
		assertThat(state()).hasText("Ausgeschaltet: Dieses Gerät zeigt keine Nachrichten an.");
		assertThat(button("Nachrichten auf diesem Gerät erhalten")).isVisible();
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, browser.endpoint())).isFalse();
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("() => localStorage.getItem('fake-push')"))
			.isNull();

		button("English").click();
		assertThat(state()).hasText("Off: this device does not show messages.");
		assertThat(button("Get messages on this device")).isVisible();
		assertThat(section().getByRole(AriaRole.STATUS)).hasText("Switched off. This device no longer shows messages.");
		check("push-off-en");
	}

	@Test
	void signing_out_ends_push_on_this_browser_but_not_on_the_persons_other_devices() {
		String resident = "push-sign-out-" + System.nanoTime();
		FakePushService.Browser browser = thisBrowserAllowsPush();
		FakePushService.Browser laptop = laptopSubscribedEarlier(resident);
		signIn(resident);
		open(PAGE);
		assertThat(section()).containsText("Wenn Sie sich abmelden, schalten wir es auf diesem Gerät ab.");
		button("Nachrichten auf diesem Gerät erhalten").click();
		assertThat(state()).hasText("Eingeschaltet: Dieses Gerät zeigt neue Nachrichten an.");
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, browser.endpoint())).isTrue();

		// from another page than the settings: the sign-out button is in every page's
		// header
		open("/");
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, browser.endpoint())).isFalse();
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("() => localStorage.getItem('fake-push')"))
			.isNull();
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, laptop.endpoint())).isTrue();
		// signed in again, this browser is off until the person switches it on
		signIn(resident);
		open(PAGE);
		assertThat(state()).hasText("Ausgeschaltet: Dieses Gerät zeigt keine Nachrichten an.");
	}

	@Test
	void signing_out_works_as_before_in_a_browser_without_web_push() {
		String resident = "push-sign-out-none-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		this.context.addInitScript("delete window.PushManager;");
		signIn(resident);
		open("/");

		button("Abmelden").click();

		assertThat(button("Anmelden")).isVisible();
		assertThat(button("Abmelden")).hasCount(0);
	}

	@Test
	void blocked_in_the_browser_the_page_says_how_to_allow_it_again() {
		String resident = "push-denied-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		fakePushManager(this.context, PUSH.newSubscription(), "denied");

		signIn(resident);
		open(PAGE);

		assertThat(state())
			.hasText("Im Browser blockiert: Sie haben Nachrichten von Norderstedt GO! in Ihrem Browser abgelehnt.");
		assertThat(section()).containsText("Wählen Sie bei „Benachrichtigungen“ „Zulassen“.");
		assertThat(button("Nachrichten auf diesem Gerät erhalten")).isHidden();
		check("push-denied");
	}

	@Test
	void a_browser_without_web_push_is_told_so_in_plain_words() {
		String resident = "push-unsupported-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		this.context.addInitScript("delete window.PushManager;");

		signIn(resident);
		open(PAGE);

		assertThat(state())
			.hasText(Pattern.compile("^Auf diesem Gerät geht das nicht: .*Glocke\\. .*E-Mail schicken lassen\\.$"));
		assertThat(button("Nachrichten auf diesem Gerät erhalten")).isHidden();
		check("push-unsupported");
	}

	@Test
	void if_the_person_closes_the_browsers_question_nothing_is_switched_on() {
		String resident = "push-dismissed-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		FakePushService.Browser browser = PUSH.newSubscription();
		fakePushManager(this.context, browser, "default");

		signIn(resident);
		open(PAGE);
		assertThat(state()).hasText("Ausgeschaltet: Dieses Gerät zeigt keine Nachrichten an.");
		button("Nachrichten auf diesem Gerät erhalten").click();

		assertThat(section().getByRole(AriaRole.ALERT))
			.hasText(Pattern.compile("^Sie haben die Frage des Browsers geschlossen\\."));
		assertThat(state()).hasText("Ausgeschaltet: Dieses Gerät zeigt keine Nachrichten an.");
		org.assertj.core.api.Assertions.assertThat(subscribedAs(resident, browser.endpoint())).isFalse();
	}

	/**
	 * This browser may show notifications and subscribes at the fake push service when
	 * asked.
	 */
	private FakePushService.Browser thisBrowserAllowsPush() {
		FakePushService.Browser browser = PUSH.newSubscription(this.pushDevices.applicationServerKey());
		fakePushManager(this.context, browser, "granted");
		this.context.grantPermissions(List.of("notifications"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		return browser;
	}

	/** The resident (made if needed) with a laptop that got push messages before. */
	private FakePushService.Browser laptopSubscribedEarlier(String resident) {
		this.accounts.ensure(resident, Role.RESIDENT);
		FakePushService.Browser laptop = PUSH.newSubscription();
		this.accounts.signIn(resident);
		try {
			this.pushDevices.subscribe(laptop.endpoint(), laptop.p256dh(), laptop.auth(), "Firefox auf Windows");
		}
		finally {
			this.accounts.signOut();
		}
		return laptop;
	}

	private Locator section() {
		return this.page
			.getByRole(AriaRole.REGION,
					new Page.GetByRoleOptions().setName("Nachrichten auf diesem Gerät").setExact(true))
			.or(this.page.getByRole(AriaRole.REGION,
					new Page.GetByRoleOptions().setName("Messages on this device").setExact(true)));
	}

	private Locator state() {
		return this.page.locator("#push-state");
	}

	private boolean subscribedAs(String username, String endpoint) {
		this.accounts.signIn(username);
		try {
			return this.pushDevices.isSubscribed(endpoint);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private void check(String name) {
		checkAtTwoTextSizes(this.page, name, 48);
	}

	/**
	 * Hands a push message to the page's service worker as a push service would
	 * (Chromium's DevTools protocol).
	 */
	private void deliverPush(Map<String, Object> payload) throws Exception {
		CDPSession cdp = this.context.newCDPSession(this.page);
		CompletableFuture<String> registration = new CompletableFuture<>();
		cdp.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations").forEach(r -> {
			JsonObject reg = r.getAsJsonObject();
			if (reg.get("scopeURL").getAsString().equals(url("/")) && !reg.get("isDeleted").getAsBoolean()) {
				registration.complete(reg.get("registrationId").getAsString());
			}
		}));
		cdp.send("ServiceWorker.enable");
		// Playwright hands events over only while it is called: wait through it
		this.page.waitForCondition(registration::isDone);
		String registrationId = registration.get();
		JsonObject message = new JsonObject();
		message.addProperty("origin", url(""));
		message.addProperty("registrationId", registrationId);
		message.addProperty("data", JSON.writeValueAsString(payload));
		cdp.send("ServiceWorker.deliverPushMessage", message);
		cdp.detach();
	}

	/**
	 * Headless Chromium has no push service: its PushManager hands out the fake push
	 * service's subscription instead (kept in localStorage, as a browser keeps its
	 * subscription), made only with the server's key. Notification.permission is what the
	 * test says ("default" stays "default" when asked: the person closed the question).
	 */
	static void fakePushManager(BrowserContext context, FakePushService.Browser browser, String permission) {
		context.addInitScript(
				"""
						(() => {
						  const sub = %s;
						  const permission = '%s';
						  if (permission !== 'granted') {
						    Object.defineProperty(Notification, 'permission', { get: () => permission });
						    Notification.requestPermission = async () => permission;
						  }
						  const b64 = s => Uint8Array.from(atob((s + '==='.slice((s.length + 3) %% 4)).replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
						  const make = key => ({
						    endpoint: sub.endpoint,
						    expirationTime: null,
						    options: { userVisibleOnly: true, applicationServerKey: key ? b64(key).buffer : null },
						    toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: { p256dh: sub.p256dh, auth: sub.auth } }),
						    unsubscribe: async () => { localStorage.removeItem('fake-push'); return true; }
						  });
						  PushManager.prototype.getSubscription = async function () {
						    const key = localStorage.getItem('fake-push');
						    return key ? make(key) : null;
						  };
						  PushManager.prototype.subscribe = async function (options) {
						    if (Notification.permission !== 'granted') {
						      throw new DOMException('permission denied', 'NotAllowedError');
						    }
						    const bytes = new Uint8Array(options.applicationServerKey);
						    const key = btoa(String.fromCharCode(...bytes)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
						    localStorage.setItem('fake-push', key);
						    return make(key);
						  };
						})();
						"""
					.formatted(JSON.writeValueAsString(browser), permission));
	}

}
