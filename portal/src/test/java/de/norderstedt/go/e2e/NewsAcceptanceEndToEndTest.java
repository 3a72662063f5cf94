package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.EVENT_PUBLICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.notifications.DeliveryStatus;
import de.norderstedt.go.notifications.FakePushService;
import de.norderstedt.go.notifications.PushDevices;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue 8's acceptance: a resident follows "Verkehr & Baustellen" in Garstedt and lets
 * this browser show messages; an editor on another device publishes one announcement that
 * matches and one that does not; the resident's bell shows only the matching one, live,
 * without a reload, and the push service received exactly that one, decrypted.
 */
class NewsAcceptanceEndToEndTest extends EndToEndTest {

	/** Pages that subscribe to Web Push need the whole browser. */
	@Override
	com.microsoft.playwright.Browser browser() {
		return Browsers.chromiumWithPush();
	}

	private static final FakePushService PUSH_SERVICE = new FakePushService(2);

	@Autowired
	PushDevices pushDevices;

	@Autowired
	DSLContext dsl;

	@AfterAll
	static void stopPushService() {
		PUSH_SERVICE.close();
	}

	@Test
	void a_resident_following_roadworks_in_garstedt_gets_only_that_announcement_in_the_bell_live_and_by_push()
			throws Exception {
		String resident = "acceptance-news-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		this.accounts.ensure("acceptance-redaktion", Role.EDITOR);
		// headless Chromium has no push service of its own: this browser's PushManager
		// subscribes at the fake push service, which decrypts what it receives
		FakePushService.Browser browser = PUSH_SERVICE.newSubscription(this.pushDevices.applicationServerKey());
		PushSettingsEndToEndTest.fakePushManager(this.context, browser, "granted");
		this.context.grantPermissions(List.of("notifications"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));

		// the resident subscribes: the short set-up, then this device in the settings
		signIn(resident);
		open("/neuigkeiten/einrichten");
		checkbox("Verkehr & Baustellen").check();
		button("Weiter").click();
		checkbox("Garstedt").check();
		button("Weiter").click();
		assertThat(checkbox("In der App (empfohlen)")).isChecked();
		checkbox("Als Nachricht auf dem Gerät").check();
		button("Fertig").click();
		this.page.waitForURL(Pattern.compile(".*/benachrichtigungen\\?eingerichtet$"));
		open("/einstellungen/benachrichtigungen");
		// the test runs at any time of day: without quiet hours the push goes at once
		// (the
		// quiet hours have their own test, with a clock the test controls)
		checkbox("Ruhezeit einhalten").uncheck();
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Einstellungen sind gespeichert."))).isVisible();
		button("Nachrichten auf diesem Gerät erhalten").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Dieses Gerät zeigt ab jetzt neue Nachrichten an.")))
			.isVisible();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.dsl.fetchExists(PUSH_SUBSCRIPTION, PUSH_SUBSCRIPTION.ENDPOINT.eq(browser.endpoint())));
		open("/benachrichtigungen");
		assertThat(link("Benachrichtigungen, keine ungelesenen")).isVisible();

		// an editor on another device publishes one matching and one non-matching
		// announcement, through the newsroom's form
		try (BrowserContext newsroom = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))) {
			Page desk = newsroom.newPage();
			signIn(desk, "acceptance-redaktion");
			publish(desk, "Ohechaussee: Vollsperrung am Wochenende", "Verkehr & Baustellen", "Garstedt");
			publish(desk, "Flohmarkt in Harksheide", "Veranstaltungen", "Harksheide");
		}

		// the resident's page, still open and never reloaded: the bell counts one, the
		// list shows only the matching announcement
		assertThat(link("Benachrichtigungen, 1 ungelesen")).isVisible();
		Locator items = this.page
			.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ihre Benachrichtigungen"))
			.getByRole(AriaRole.LISTITEM);
		assertThat(items).hasCount(1);
		assertThat(items.getByRole(AriaRole.HEADING)).hasText("Ohechaussee: Vollsperrung am Wochenende");
		assertThat(this.page.getByText("Flohmarkt in Harksheide")).hasCount(0);
		assertAccessible(this.page, "the notification centre after the announcement");
		screenshot(this.page, "news-acceptance-bell");

		// the push service received exactly that one: once both announcements' events are
		// handled and nothing is waiting to be sent to this browser
		PUSH_SERVICE.awaitReceived(1, Duration.ofSeconds(20));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.dsl.fetchCount(EVENT_PUBLICATION, EVENT_PUBLICATION.COMPLETION_DATE.isNull()) == 0
					&& this.dsl.fetchCount(NOTIFICATION_DELIVERY,
							NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING)
								.and(NOTIFICATION_DELIVERY.PUSH_SUBSCRIPTION_ID.in(this.dsl.select(PUSH_SUBSCRIPTION.ID)
									.from(PUSH_SUBSCRIPTION)
									.where(PUSH_SUBSCRIPTION.ENDPOINT.eq(browser.endpoint()))))) == 0);
		org.assertj.core.api.Assertions.assertThat(PUSH_SERVICE.received(browser.endpoint()))
			.singleElement()
			.satisfies(received -> {
				org.assertj.core.api.Assertions.assertThat(received.field("title"))
					.isEqualTo("Ohechaussee: Vollsperrung am Wochenende");
				org.assertj.core.api.Assertions.assertThat(received.field("body"))
					.isEqualTo("Die Straße ist von Samstag bis Sonntag gesperrt. Eine Umleitung ist ausgeschildert.");
				org.assertj.core.api.Assertions.assertThat(received.field("url")).matches("/neuigkeiten/\\d+");
				org.assertj.core.api.Assertions.assertThat(received.urgency()).isEqualTo("normal");
				org.assertj.core.api.Assertions.assertThat(received.ttl()).isPositive();
			});
		org.assertj.core.api.Assertions.assertThat(PUSH_SERVICE.rejected()).isZero();
	}

	private void publish(Page desk, String title, String topic, String district) {
		desk.navigate(url("/redaktion/neu"));
		desk.getByLabel("Titel (Deutsch)").fill(title);
		desk.getByLabel("Text (Deutsch)")
			.fill(title.startsWith("Ohechaussee")
					? "Die Straße ist von Samstag bis Sonntag gesperrt. Eine Umleitung ist ausgeschildert."
					: "Am Sonntag ist Flohmarkt auf dem Marktplatz.");
		desk.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(topic).setExact(true)).check();
		desk.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(district).setExact(true)).check();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
		desk.waitForURL(Pattern.compile(".*/redaktion/\\d+\\?erledigt=published$"));
	}

	private Locator checkbox(String name) {
		return this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
