package de.norderstedt.go.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ProfileCards;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TextSize;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.feedback.Feedback;
import de.norderstedt.go.feedback.FeedbackService;
import de.norderstedt.go.qr.QrCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.assertTouchTargets;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit at a public touchscreen: by touch only with the on-screen keyboard, the idle
 * warning and the wipe, the profile card through the camera, and continuing on a phone.
 */
class KioskEndToEndTest extends EndToEndTest {

	@Autowired
	FeedbackService feedback;

	@Autowired
	ProfileCards cards;

	@Test
	void a_visit_by_touch_only_with_the_on_screen_keyboard() {
		useTouchScreen();
		enrollThisBrowser();
		open("/kiosk");
		link("English").tap();
		assertThat(heading1()).hasText("What would you like to do?");

		link(Pattern.compile("^Give feedback")).tap();
		assertThat(heading1()).hasText("What is hard to use?");
		assertThat(this.page.getByText("Step 1 of 3")).isVisible();
		this.page.getByLabel("Your message").tap();
		Locator keyboard = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("On-screen keyboard"));
		assertThat(keyboard).isVisible();
		assertThat(this.page.getByLabel("Your message")).hasAttribute("inputmode", "none");
		assertAccessible(this.page, "kiosk feedback with keyboard en");
		assertTouchTargets(this.page, 64, "kiosk feedback with keyboard en");
		screenshot(this.page, "kiosk-keyboard-en");
		typeOnScreen(keyboard, "Text too small");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Done")).tap();
		assertThat(keyboard).isHidden();
		button("Next").tap();

		assertThat(heading1()).hasText("What is your name?");
		this.page.getByLabel("Your name (optional)").tap();
		typeOnScreen(keyboard, "Jürgen Groß");
		assertThat(this.page.getByLabel("Your name (optional)")).hasValue("Jürgen Groß");
		keyboard.getByRole(AriaRole.BUTTON, exactly("Done")).tap();
		button("Next").tap();

		assertThat(heading1()).hasText("How can we reach you?");
		button("Send feedback").tap();
		assertThat(heading1()).hasText("Thank you, Jürgen Groß!");
		assertAccessible(this.page, "kiosk feedback thanks en");

		this.accounts.ensure("kiosk-feedback-admin", Role.ADMIN);
		this.accounts.signIn("kiosk-feedback-admin");
		try {
			Feedback stored = this.feedback.newest(20)
				.stream()
				.filter(f -> "Jürgen Groß".equals(f.name()))
				.findFirst()
				.orElseThrow();
			assertThat(stored.message()).isEqualTo("Text too small");
			assertThat(stored.language()).isEqualTo(Language.EN);
		}
		finally {
			this.accounts.signOut();
		}

		button("Done — delete everything").tap();
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.hasText("Ihr Besuch ist beendet. Alles, was Sie eingegeben haben, ist gelöscht.");
		assertOnlyTheDeviceCredentialIsLeft();
		assertAccessible(this.page, "kiosk welcome after visit");
		screenshot(this.page, "kiosk-welcome-ended");
	}

	@Test
	void an_idle_visit_is_asked_out_loud_and_then_wiped() throws Exception {
		this.page.clock().install();
		String credential = enrollThisBrowser(30, "de");
		List<String> spoken = new CopyOnWriteArrayList<>();
		this.page.onRequest(request -> {
			if (isSpeech(request)) {
				spoken.add(spokenText(request));
			}
		});
		open("/kiosk/start");
		button("150 %").click();
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "150");
		this.page.evaluate("""
				async () => {
				  localStorage.setItem('besuch', 'Helga');
				  sessionStorage.setItem('schritt', '3');
				  document.cookie = 'gelesen=ja; path=/';
				  await new Promise((resolve, reject) => {
				    const open = indexedDB.open('kiosk-test', 1);
				    open.onupgradeneeded = () => open.result.createObjectStore('notizen');
				    open.onerror = reject;
				    open.onsuccess = () => {
				      const tx = open.result.transaction('notizen', 'readwrite');
				      tx.objectStore('notizen').put('Einkaufsliste', 'k');
				      tx.oncomplete = () => { open.result.close(); resolve(); };
				    };
				  });
				}""");
		String session = sessionCookie().orElseThrow();

		this.page.clock().fastForward(31_000);
		Locator warning = this.page.getByRole(AriaRole.ALERTDIALOG,
				new Page.GetByRoleOptions().setName("Sind Sie noch da?"));
		assertThat(warning).isVisible();
		assertThat(warning.getByRole(AriaRole.TIMER)).hasText(Pattern.compile("Noch (30|29|28) Sekunden"));
		assertAccessible(this.page, "kiosk idle warning de");
		assertTouchTargets(this.page, 64, "kiosk idle warning de");
		screenshot(this.page, "kiosk-idle-warning-de");
		this.page.waitForCondition(() -> spoken.stream().anyMatch(t -> t.startsWith("Sind Sie noch da?")));
		assertThat(spoken).anyMatch(t -> t.contains("in 30 Sekunden alles gelöscht"));

		warning.getByRole(AriaRole.BUTTON, exactly("Ja, weiter")).click();
		assertThat(warning).isHidden();
		// the visit goes on: same session, same settings, the screen still answers
		assertThat(sessionCookie()).contains(session);
		button("200 %").click();
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "200");

		this.page.clock().fastForward(31_000);
		assertThat(warning).isVisible();
		this.page.clock().fastForward(31_000);
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", "100");
		assertOnlyTheDeviceCredentialIsLeft();

		// the old server session is gone: asking with its cookie gives a new one
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/kiosk/start")))
				.header("Cookie", "JSESSIONID=" + session + "; " + DeviceService.CREDENTIAL_COOKIE + "=" + credential)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		String renewed = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the old session still answered"));
		assertThat(renewed).doesNotContain(session);
	}

	@Test
	void the_idle_warning_is_in_english_on_an_english_visit() {
		this.page.clock().install();
		enrollThisBrowser(30, "en");
		open("/kiosk/start?sprache=en");
		assertThat(heading1()).hasText("What would you like to do?");
		this.page.clock().fastForward(31_000);
		Locator warning = this.page.getByRole(AriaRole.ALERTDIALOG,
				new Page.GetByRoleOptions().setName("Are you still there?"));
		assertThat(warning).isVisible();
		assertThat(warning.getByRole(AriaRole.BUTTON, exactly("Yes, continue"))).isVisible();
		assertAccessible(this.page, "kiosk idle warning en");
		assertTouchTargets(this.page, 64, "kiosk idle warning en");
		warning.getByRole(AriaRole.BUTTON, exactly("Done — delete everything")).click();
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Welcome to Norderstedt GO!");
	}

	@Test
	void a_profile_card_held_to_the_camera_sets_up_the_visit_and_a_changed_one_is_refused() {
		String card = this.cards
			.issue(new Preferences(Language.EN, TextSize.LARGEST, true, false, SpeechRate.SLOW, false, false));

		try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(card));
				BrowserContext kiosk = cameraContext(camera)) {
			Page screen = kiosk.newPage();
			screen.navigate(url("/kiosk/karte"));
			assertThat(screen.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Your settings now apply for this visit:")))
				.hasText("Your settings now apply for this visit:");
			assertThat(screen.getByRole(AriaRole.ALERT)).hasCount(0);
			assertThat(screen.locator("html")).hasAttribute("lang", "en");
			assertThat(screen.locator("html")).hasAttribute("data-text-size", "200");
			assertThat(screen.locator("html")).hasAttribute("data-contrast", "high");
			assertThat(screen.getByText("Reading speed: Slow")).isVisible();
			assertAccessible(screen, "kiosk profile card applied en");
			assertTouchTargets(screen, 64, "kiosk profile card applied en");
			screenshot(screen, "kiosk-profile-card-applied");
		}

		String changed = card.replace(".200.", ".150.");
		try (Browser camera = Browsers.chromiumWithCamera(FakeCamera.showing(changed));
				BrowserContext kiosk = cameraContext(camera)) {
			Page screen = kiosk.newPage();
			screen.navigate(url("/kiosk/karte"));
			assertThat(screen.getByRole(AriaRole.ALERT))
				.hasText(Pattern.compile("^Diese Karte können wir nicht lesen"));
			assertThat(screen.locator("html")).hasAttribute("lang", "de");
			assertThat(screen.locator("html")).hasAttribute("data-text-size", "100");
			assertThat(screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Noch einmal scannen")))
				.isVisible();
			assertAccessible(screen, "kiosk profile card refused de");
			screenshot(screen, "kiosk-profile-card-refused");
		}
	}

	@Test
	void a_task_continues_on_a_phone_once() {
		enrollThisBrowser();
		open("/kiosk/rueckmeldung");
		button("Auf dem Handy weitermachen").click();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG,
				new Page.GetByRoleOptions().setName("Auf dem Handy weitermachen"));
		Locator code = dialog.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("QR-Code zum Weitermachen auf dem Handy"));
		assertThat(code).isVisible();
		assertAccessible(this.page, "kiosk continue on phone de");
		assertTouchTargets(this.page, 64, "kiosk continue on phone de");
		screenshot(this.page, "kiosk-continue-on-phone");
		String link = QrCodes.read(code.screenshot()).orElseThrow();
		assertThat(link).startsWith(url("/weiter/"));

		try (BrowserContext phone = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true))) {
			Page first = phone.newPage();
			first.navigate(link);
			assertThat(first).hasURL(Pattern.compile(".*/barrierefreiheit\\?sprache=de#feedback$"));
			assertThat(first.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Rückmeldung zur Barrierefreiheit geben")))
				.isVisible();

			Page second = phone.newPage();
			second.navigate(link);
			assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Dieser Code funktioniert nicht mehr");
			assertThat(second.locator("#handoff-reason"))
				.hasText("Der Code wurde schon benutzt. Jeder Code funktioniert nur ein Mal.");
			assertAccessible(second, "handoff used");
		}
	}

	private BrowserContext cameraContext(Browser camera) {
		BrowserContext kiosk = camera
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 1024));
		kiosk.setDefaultTimeout(20_000);
		enroll(kiosk, 120, "de");
		kiosk.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		return kiosk;
	}

	private Optional<String> sessionCookie() {
		return this.context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst();
	}

	/**
	 * Nothing of the visit is left in the browser: no cookie but the device credential,
	 * no storage, no IndexedDB database.
	 */
	private void assertOnlyTheDeviceCredentialIsLeft() {
		assertThat(this.context.cookies()).extracting(c -> c.name).containsExactly(DeviceService.CREDENTIAL_COOKIE);
		assertThat(this.page.evaluate("() => localStorage.length")).isEqualTo(0);
		assertThat(this.page.evaluate("() => sessionStorage.length")).isEqualTo(0);
		assertThat(this.page.evaluate("async () => (await indexedDB.databases()).length")).isEqualTo(0);
		assertThat(this.page.evaluate("async () => (await caches.keys()).length")).isEqualTo(0);
	}

}
