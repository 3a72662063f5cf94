package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.TestIdeas;
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
 * Issue 18's acceptance: Helga, by touch alone at the kiosk, is shown the similar idea
 * and submits her own anyway; a moderator publishes it; Aylin supports it (she follows
 * nothing); two members of the lead group score it blind; the chair selects it with a
 * rationale and closes the round; Helga's receipt code shows the timeline; Aylin gets the
 * decision in the app and by push.
 */
class IdeaAcceptanceEndToEndTest extends EndToEndTest {

	private static final FakePushService PUSH_SERVICE = new FakePushService(2);

	@Autowired
	TestIdeas ideas;

	@Autowired
	IdeaService ideaService;

	@Autowired
	PushDevices pushDevices;

	@Autowired
	DSLContext dsl;

	/** Aylin's page subscribes to Web Push: the whole browser. */
	@Override
	Browser browser() {
		return Browsers.chromiumWithPush();
	}

	@AfterAll
	static void stopPushService() {
		PUSH_SERVICE.close();
	}

	@Test
	void helga_submits_at_the_kiosk_the_group_scores_blind_and_selects_it_and_aylin_hears_of_it_by_push()
			throws Exception {
		long suffix = System.nanoTime() % 100_000;
		String groupName = "Arbeitskreis Stadtpark " + suffix;
		long group = this.ideas.group(groupName);
		String similar = "Mehr Bänke im Stadtpark " + suffix;
		this.ideas.publishedIn(similar, group);
		String first = "idea-member-a-" + suffix;
		String chair = "idea-chair-" + suffix;
		this.ideas.member(group, first, false);
		this.ideas.member(group, chair, true);
		String aylin = "idea-aylin-" + suffix;
		this.accounts.ensure(aylin, Role.RESIDENT);
		this.accounts.ensure("idea-moderator-" + suffix, Role.MODERATOR);
		this.accounts.ensure("idea-admin-" + suffix, Role.ADMIN);

		// 1. Helga at the library touchscreen
		String receipt;
		try (BrowserContext kiosk = Browsers.chromium()
			.newContext(
					new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 1024).setHasTouch(true))) {
			kiosk.setDefaultTimeout(20_000);
			enroll(kiosk, 120, "de");
			Page helga = kiosk.newPage();
			helga.navigate(url("/kiosk"));
			helga.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Idee einreichen")))
				.tap();
			helga.getByLabel("Name der Idee").tap();
			Locator keyboard = helga.getByRole(AriaRole.GROUP,
					new Page.GetByRoleOptions().setName("Bildschirmtastatur"));
			Page main = this.page;
			this.page = helga;
			typeOnScreen(keyboard, "Bank im Stadtpark");
			assertThat(helga.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Diese Idee unterstützen: " + similar)))
				.isVisible();
			assertAccessible(helga, "kiosk idea, similar shown");
			assertTouchTargets(helga, 64, "kiosk idea, similar shown");
			// her own anyway
			next(helga);
			answer(helga, keyboard, "Was heute nicht gut ist", "Keine Bank am Teich");
			answer(helga, keyboard, "Ihre Idee", "Eine Bank");
			answer(helga, keyboard, "Wem es helfen würde", "Allen");
			assertThat(helga.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Zum Schluss: alles freiwillig");
			helga.locator(".kiosk-actions")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Idee einreichen"))
				.tap();
			Locator code = helga.locator("#idea-receipt-code");
			assertThat(code).hasText(Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}"));
			assertAccessible(helga, "kiosk idea receipt");
			assertTouchTargets(helga, 64, "kiosk idea receipt");
			receipt = code.textContent();
			this.page = main;
		}
		long idea = this.ideaService.byReceiptCode(receipt).orElseThrow().id();

		// 2. a moderator publishes it, handing it to the working group
		try (BrowserContext desk = desk()) {
			Page moderator = desk.newPage();
			signIn(moderator, "idea-moderator-" + suffix);
			moderator.navigate(url("/ideen/pruefen/" + idea));
			moderator.getByLabel("Arbeitskreis, der die Idee prüft").click();
			moderator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(groupName)).click();
			moderator.getByLabel("Begründung oder Bitte an die Person").fill("Eine schöne Idee für den Stadtpark.");
			moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entscheidung speichern")).click();
			assertThat(moderator.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Die Idee ist veröffentlicht."))).isVisible();
		}

		// 3. Aylin lets this browser show messages, and supports the idea (she follows
		// nothing)
		FakePushService.Browser phone = PUSH_SERVICE.newSubscription(this.pushDevices.applicationServerKey());
		PushSettingsEndToEndTest.fakePushManager(this.context, phone, "granted");
		this.context.grantPermissions(List.of("notifications"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		signIn(aylin);
		open("/einstellungen/benachrichtigungen");
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ruhezeit einhalten")).uncheck();
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Einstellungen sind gespeichert."))).isVisible();
		button("Nachrichten auf diesem Gerät erhalten").click();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.dsl.fetchExists(PUSH_SUBSCRIPTION, PUSH_SUBSCRIPTION.ENDPOINT.eq(phone.endpoint())));
		open("/ideen/" + idea);
		button("Diese Idee unterstützen").click();
		assertThat(this.page.getByText("Sie unterstützen diese Idee.", new Page.GetByTextOptions().setExact(false)))
			.isVisible();

		// 4. an admin opens a round for the group with the idea
		try (BrowserContext desk = desk()) {
			Page admin = desk.newPage();
			signIn(admin, "idea-admin-" + suffix);
			admin.navigate(url("/ideen/runden"));
			admin.getByLabel("Arbeitskreis", new Page.GetByLabelOptions().setExact(true)).click();
			admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(groupName)).click();
			admin.getByLabel("Name der Runde").fill("Stadtpark " + suffix);
			admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Bank im Stadtpark")).check();
			admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Runde eröffnen")).click();
			assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Stadtpark " + suffix);
			assertAccessible(admin, "round opened");
		}

		// 5. two members score blind; the second sees nothing of the first's before her
		// own
		try (BrowserContext desk = desk()) {
			Page member = desk.newPage();
			signIn(member, first);
			score(member, suffix, 4);
		}
		try (BrowserContext desk = desk()) {
			Page member = desk.newPage();
			signIn(member, chair);
			member.navigate(url("/ideen/runden"));
			member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stadtpark " + suffix)).click();
			assertThat(member.getByText("Sie haben diese Idee noch nicht bewertet.")).isVisible();
			assertThat(member.getByText(Pattern.compile("^Im Schnitt"))).hasCount(0);
			score(member, suffix, 2);
			// 4 on every criterion: 30·4 + 15·2 + 20·4 + 20·4 + 15·2 = 3.4; 2 on every
			// one:
			// 30·2 + 15·4 + 20·2 + 20·2 + 15·4 = 2.6; their mean 3.0
			assertThat(member
				.getByText(Pattern.compile("^Im Schnitt 3,0 von 5 \\(die Bewertungen reichen von 2,6 bis 3,4\\)")))
				.isVisible();

			// 6. the chair selects it with a rationale and closes the round
			member.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ausgewählt: wird umgesetzt")).check();
			member.getByLabel("Begründung").fill("Viele wünschen sich eine Bank am Teich.");
			member
				.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Entscheidung zu „Bank im Stadtpark“ speichern"))
				.click();
			assertThat(
					member.getByText("Entscheidung: Ausgewählt. Begründung: Viele wünschen sich eine Bank am Teich."))
				.isVisible();
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
			assertThat(member.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Die Runde ist abgeschlossen."))).isVisible();
			assertAccessible(member, "round closed");
		}

		// 7. Helga's receipt code shows the timeline
		try (BrowserContext anyone = desk()) {
			Page lookUp = anyone.newPage();
			lookUp.navigate(url("/ideen/beleg"));
			lookUp.getByLabel("Ihr Beleg-Code").fill(receipt);
			lookUp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stand anzeigen")).click();
			assertThat(lookUp.getByText("Stand: Ausgewählt")).isVisible();
			assertThat(lookUp.getByText("Viele wünschen sich eine Bank am Teich.")).isVisible();
			assertAccessible(lookUp, "receipt shows the decision");
			screenshot(lookUp, "idea-acceptance-receipt");
		}

		// 8. Aylin: the decision in the app, and by push
		open("/benachrichtigungen");
		Locator items = this.page
			.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ihre Benachrichtigungen"))
			.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Ausgewählt"));
		assertThat(items.first()).containsText("Viele wünschen sich eine Bank am Teich.");
		assertAccessible(this.page, "Aylin's notifications");
		PUSH_SERVICE.awaitReceived(1, Duration.ofSeconds(20));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> PUSH_SERVICE.received(phone.endpoint())
				.stream()
				.anyMatch(received -> received.field("title").contains("Ausgewählt")));
		org.assertj.core.api.Assertions.assertThat(PUSH_SERVICE.received(phone.endpoint()))
			.filteredOn(received -> received.field("title").contains("Ausgewählt"))
			.singleElement()
			.satisfies(received -> {
				org.assertj.core.api.Assertions.assertThat(received.field("title"))
					.isEqualTo("Eine Idee, die Sie unterstützen: „Bank im Stadtpark“: Ausgewählt");
				org.assertj.core.api.Assertions.assertThat(received.field("body"))
					.contains("Viele wünschen sich eine Bank am Teich.");
			});
	}

	/** A member hands in the same score on every criterion. */
	private void score(Page member, long suffix, int value) {
		member.navigate(url("/ideen/runden"));
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stadtpark " + suffix)).click();
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("„Bank im Stadtpark“ bewerten")).click();
		assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Bewerten: Bank im Stadtpark");
		Locator scales = member.getByRole(AriaRole.RADIOGROUP);
		assertThat(scales).hasCount(5);
		for (int i = 0; i < 5; i++) {
			scales.nth(i)
				.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + value + " – ")))
				.check();
		}
		assertAccessible(member, "score sheet");
		member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewertung abgeben")).click();
		assertThat(member.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Bewertung ist abgegeben."))).isVisible();
	}

	/** One step of Helga's idea: its answer typed on the screen's keyboard, then on. */
	private void answer(Page helga, Locator keyboard, String label, String text) {
		helga.getByLabel(label).tap();
		typeOnScreen(keyboard, text);
		next(helga);
	}

	private static void next(Page kiosk) {
		kiosk.locator(".kiosk-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weiter"))
			.tap();
	}

	private BrowserContext desk() {
		BrowserContext desk = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
		desk.setDefaultTimeout(20_000);
		return desk;
	}

}
