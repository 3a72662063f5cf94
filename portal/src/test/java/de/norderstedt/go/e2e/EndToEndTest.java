package de.norderstedt.go.e2e;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.accounts.TestPasskeys;
import de.norderstedt.go.qr.QrCodes;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.TestDevices;
import de.norderstedt.go.shell.TestContentSecurityReports;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A running portal on a random port with its embedded PostgreSQL, and a fresh Chromium
 * context per test. Elements are found by role and accessible name, as a screen reader
 * would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EndToEndTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestPasskeys passkeys;

	@Autowired
	TestDevices devices;

	@Autowired
	TestContentSecurityReports securityReports;

	BrowserContext context;

	Page page;

	/**
	 * What the browser said about our Content Security Policy and Permissions Policy: any
	 * violation, or a header it could not read, fails the test.
	 */
	private final List<String> policyMessages = new CopyOnWriteArrayList<>();

	private final java.util.function.Consumer<ConsoleMessage> policyListener = message -> {
		String text = message.text();
		if (text.contains("Content Security Policy") || text.contains("Permissions-Policy")
				|| text.contains("Permissions policy violation")) {
			this.policyMessages.add(message.location() + ": " + text);
		}
	};

	private final Set<Page> watched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

	private final java.util.function.Consumer<Page> policyWatch = this::watchPolicies;

	private synchronized void watchPolicies(Page opened) {
		if (this.watched.add(opened)) {
			opened.onConsoleMessage(this.policyListener);
		}
	}

	@BeforeEach
	void openBrowser() {
		this.context = browser()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
		this.context.setDefaultTimeout(20_000);
		this.context.onPage(this.policyWatch);
		this.page = this.context.newPage();
		watchPolicies(this.page);
		// a camera starting or a speech engine warming up on a busy 2-core CI machine
		// takes longer than Playwright's default 5 s
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	/** The browser the test's contexts come from. */
	Browser browser() {
		return Browsers.chromium();
	}

	@AfterEach
	void closeBrowser() {
		this.context.offPage(this.policyWatch);
		synchronized (this) {
			this.watched.forEach(open -> open.offConsoleMessage(this.policyListener));
			this.watched.clear();
		}
		this.context.close();
		if (!this.policyMessages.isEmpty()) {
			fail("The browser reported policy violations:\n" + String.join("\n", this.policyMessages));
		}
		// the reports browsers send to the portal (from service workers too); a report
		// arrives a moment after its page, so a late one may fail the next test
		if (!this.securityReports.received().isEmpty()) {
			fail("Content Security Policy violations were reported: " + this.securityReports.received());
		}
	}

	/** Makes this browser an enrolled kiosk device, as its enrollment link would. */
	void enrollThisBrowser() {
		enrollThisBrowser(120, "de");
	}

	/**
	 * Makes this browser an enrolled kiosk with the given idle timeout and language;
	 * returns the device credential.
	 */
	String enrollThisBrowser(int idleTimeoutSeconds, String language) {
		return enroll(this.context, idleTimeoutSeconds, language);
	}

	/**
	 * Makes a browser context an enrolled kiosk, as its enrollment link would; returns
	 * the device credential.
	 */
	String enroll(BrowserContext browser, int idleTimeoutSeconds, String language) {
		String credential = this.devices.enrolledKiosk("Test-Kiosk " + System.nanoTime(), idleTimeoutSeconds, language);
		browser.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, credential).setUrl(url("/")).setHttpOnly(true)));
		return credential;
	}

	/**
	 * Makes this browser an enrolled kiosk standing in a course place (it offers that
	 * place's courses); returns the device credential.
	 */
	String enrollThisBrowserAt(long placeId, String language) {
		String credential = this.devices.enrolledKioskAt("Kurs-Kiosk " + System.nanoTime(), placeId, language);
		this.context.addCookies(
				List.of(new Cookie(DeviceService.CREDENTIAL_COOKIE, credential).setUrl(url("/")).setHttpOnly(true)));
		return credential;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page and waits until Vaadin has rendered its heading. */
	void open(String path) {
		this.page.navigate(url(path));
		this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
	}

	/**
	 * Goes to a page as a link on the current page would: Vaadin's router shows the view
	 * without loading the document again, as when a person follows the portal's own
	 * links, and this waits until the server has answered and the view has its heading.
	 * The current page must be one of ours, and the address one that does not redirect.
	 * (A page loaded from scratch costs Chromium about four times as much.)
	 */
	void go(String path) {
		this.page.evaluate("""
				path => {
				  const link = document.createElement('a');
				  link.href = path;
				  link.setAttribute('router-link', '');
				  document.body.appendChild(link);
				  link.click();
				  link.remove();
				}""", path);
		this.page.waitForURL(url(path));
		idle();
		this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
	}

	Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator link(Pattern name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	/**
	 * Replaces this test's browser context with a touchscreen (touch events, 1280 x
	 * 1024).
	 */
	void useTouchScreen() {
		this.context.close();
		this.context = browser().newContext(
				new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 1024).setHasTouch(true));
		this.context.setDefaultTimeout(20_000);
		this.page = this.context.newPage();
	}

	/**
	 * Waits until Vaadin has answered every request of the page: a button that disables
	 * itself on a click ignores the next click until then, as it would a person's.
	 */
	void idle() {
		this.page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(client => client.isActive())");
	}

	/**
	 * A refused field says why itself: the message is its own error text, which a screen
	 * reader says with the field (its accessible description), and the field is marked
	 * invalid (an input as {@code aria-invalid}; a group of choices, where ARIA has no
	 * such state, by its field's {@code invalid} mark).
	 */
	static void assertRefusedAt(Locator field, String message) {
		// after the helper text, if any; escaped for the browser's regular expressions,
		// which know no \Q...\E
		assertThat(field).hasAccessibleDescription(
				Pattern.compile("(^|\\s)" + message.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$"));
		boolean marked = (Boolean) field
			.evaluate("e => e.getAttribute('aria-invalid') === 'true' || e.closest('[invalid]') !== null");
		org.assertj.core.api.Assertions.assertThat(marked).as("marked invalid: " + message).isTrue();
	}

	Locator heading1() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	/** Fills and sends the sign-in form; does not wait for the outcome. */
	void submitSignIn(String username, String password) {
		open("/anmelden");
		this.page.getByLabel("Benutzername").fill(username);
		this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
		this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmelden").setExact(true))
			.click();
	}

	void signIn(String username) {
		signIn(this.page, username);
		heading1().waitFor();
	}

	/** The html element's computed font size in CSS px. */
	double rootFontSize() {
		return ((Number) this.page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)"))
			.doubleValue();
	}

	String htmlAttribute(String name) {
		return (String) this.page.evaluate("n => document.documentElement.getAttribute(n)", name);
	}

	/**
	 * Sets language, contrast and text size through the "Display and language" panel, as
	 * a person would.
	 */
	void setDisplay(String language, boolean highContrast, int size) {
		// the page must be there before the toggle is looked for (a page just loaded
		// shows its view a moment after its address)
		heading1().first().waitFor();
		Locator toggle = button("Anzeige und Sprache").or(button("Display and language"));
		// kiosk screens show the settings without a toggle
		if (toggle.count() > 0 && !"true".equals(toggle.getAttribute("aria-expanded"))) {
			toggle.click();
		}
		Locator settings = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName(Pattern.compile("Anzeige und Sprache|Display and language")));
		settings.getByRole(AriaRole.BUTTON, exactly(language.equals("de") ? "Deutsch" : "English")).click();
		assertThat(this.page.locator("html")).hasAttribute("lang", language);
		settings.getByRole(AriaRole.BUTTON, exactly(size + " %")).click();
		Locator contrast = settings.getByRole(AriaRole.BUTTON,
				exactly(language.equals("de") ? "Hoher Kontrast" : "High contrast"));
		if (Boolean.parseBoolean(contrast.getAttribute("aria-pressed")) != highContrast) {
			contrast.click();
		}
		assertThat(this.page.locator("html")).hasAttribute("data-contrast", highContrast ? "high" : "normal");
		assertThat(this.page.locator("html")).hasAttribute("data-text-size", String.valueOf(size));
	}

	/** Sets a display through the "Display and language" panel, as a person would. */
	void setDisplay(Display display) {
		setDisplay(display.language(), display.highContrast(), display.size());
	}

	/**
	 * How pages are shown: language, contrast and text size, as the "Display and
	 * language" panel sets them.
	 */
	record Display(String language, boolean highContrast, int size) {

		/** What everyone sees first: German, normal contrast, 100 % text. */
		static final Display DEFAULT = new Display("de", false, 100);

		/**
		 * The display most likely to break a page: the language texts are translated into
		 * (written second, checked least), the other colours and borders of high
		 * contrast, and the largest text.
		 */
		static final Display HARDEST = new Display("en", true, 200);

		boolean german() {
			return this.language.equals("de");
		}

		@Override
		public String toString() {
			return this.language + "-" + (this.highContrast ? "high" : "normal") + "-" + this.size;
		}

	}

	/** Signs in through the form on another page (another device). */
	/**
	 * Signs in through the form, in German or English, as a person would; an admin,
	 * locker staff or editor then confirms with a passkey (made for the test and handed
	 * to Chromium's virtual authenticator).
	 */
	void signIn(Page other, String username) {
		sendSignIn(other, username);
		other.waitForURL(Pattern.compile(".*/konto$"));
	}

	/**
	 * Sends the sign-in form and, where the account's roles need it, confirms with the
	 * passkey; does not wait for the page that follows.
	 */
	void sendSignIn(Page other, String username) {
		boolean secondFactor = this.accounts.needsSecondFactor(username);
		if (secondFactor) {
			holdPasskey(other, this.passkeys.seed(username, "Testgerät"));
		}
		sendPassword(other, username);
		if (secondFactor) {
			// the second step (its address is the page asked for when one was)
			other
				.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions()
							.setName(Pattern.compile("^(Mit Passkey bestätigen|Confirm with a passkey)$")))
				.click();
		}
	}

	/**
	 * Sends the sign-in form, found by its German or English names, with the password.
	 */
	void sendPassword(Page other, String username) {
		other.navigate(url("/anmelden"));
		other.getByLabel(Pattern.compile("^(Benutzername|Username)$")).fill(username);
		other.getByLabel(Pattern.compile("^(Passwort|Password)$")).fill(TestAccounts.PASSWORD);
		other.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^(Anmelden|Sign in)$")))
			.click();
	}

	/**
	 * Gives the page's browser a platform authenticator that holds just this passkey (one
	 * authenticator per page, emptied before).
	 */
	void holdPasskey(Page page, TestPasskeys.Seeded passkey) {
		Authenticator authenticator = this.authenticators.computeIfAbsent(page, EndToEndTest::virtualAuthenticator);
		JsonObject which = new JsonObject();
		which.addProperty("authenticatorId", authenticator.id());
		authenticator.devTools().send("WebAuthn.clearCredentials", which);
		JsonObject credential = new JsonObject();
		credential.addProperty("credentialId", passkey.credentialId());
		credential.addProperty("isResidentCredential", true);
		credential.addProperty("rpId", "localhost");
		credential.addProperty("privateKey", passkey.privateKey());
		credential.addProperty("userHandle", passkey.userHandle());
		credential.addProperty("signCount", 0);
		JsonObject add = new JsonObject();
		add.addProperty("authenticatorId", authenticator.id());
		add.add("credential", credential);
		authenticator.devTools().send("WebAuthn.addCredential", add);
	}

	private final Map<Page, Authenticator> authenticators = new WeakHashMap<>();

	/**
	 * A platform authenticator (Chromium's DevTools protocol) that holds discoverable
	 * passkeys and unlocks at once, as a fingerprint reader would.
	 */
	static Authenticator virtualAuthenticator(Page page) {
		CDPSession devTools = page.context().newCDPSession(page);
		JsonObject enable = new JsonObject();
		enable.addProperty("enableUI", false);
		devTools.send("WebAuthn.enable", enable);
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		JsonObject authenticator = new JsonObject();
		authenticator.add("options", options);
		String id = devTools.send("WebAuthn.addVirtualAuthenticator", authenticator)
			.get("authenticatorId")
			.getAsString();
		return new Authenticator(devTools, id);
	}

	record Authenticator(CDPSession devTools, String id) {
	}

	/** The on-screen keyboard of a kiosk screen, by its group name. */
	Locator keyboard(String name) {
		return this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
	}

	/**
	 * Types with the on-screen keyboard: shift before capitals, the space bar for spaces.
	 */
	void typeOnScreen(Locator keyboard, String text) {
		boolean english = "en".equals(htmlAttribute("lang"));
		for (char c : text.toCharArray()) {
			if (c == ' ') {
				keyboard.getByRole(AriaRole.BUTTON, exactly(english ? "Space" : "Leerzeichen")).tap();
				continue;
			}
			if (Character.isUpperCase(c)) {
				keyboard.getByRole(AriaRole.BUTTON, exactly(english ? "Shift" : "Umschalttaste")).tap();
			}
			keyboard.getByRole(AriaRole.BUTTON, exactly(String.valueOf(c))).tap();
		}
	}

	/**
	 * The text of a QR code on the screen (waits while the layout still moves, for
	 * example when speech starts and the bar grows). The code is brought to the middle of
	 * the window first, clear of the bars fixed at its edges, as a person would hold a
	 * phone to it.
	 */
	String decoded(Locator qr) {
		@Nullable String[] text = new String[1];
		this.page.waitForCondition(() -> {
			qr.evaluate("element => element.scrollIntoView({ block: 'center' })");
			text[0] = QrCodes.read(qr.screenshot()).orElse(null);
			return text[0] != null;
		});
		return Objects.requireNonNull(text[0]);
	}

	void press(String key) {
		this.page.keyboard().press(key);
	}

	/**
	 * Presses Tab until the focused element has this accessible name (label, text or
	 * aria-label).
	 */
	void tabTo(String name) {
		for (int i = 0; i < 80; i++) {
			press("Tab");
			String focused = (String) this.page.evaluate(
					"""
							() => {
							  let el = document.activeElement;
							  while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
							  const host = el && (el.closest('vaadin-text-field, vaadin-password-field, vaadin-text-area') || el);
							  const labelled = el && el.getAttribute('aria-labelledby');
							  const byId = labelled ? labelled.split(' ').map(id => document.getElementById(id)).filter(Boolean)
							      .map(l => l.textContent).join(' ') : '';
							  return ((host && host.getAttribute && host.getAttribute('label')) || (el && el.getAttribute('aria-label'))
							      || byId || (el && el.innerText) || '').replace(/\\s+/g, ' ').trim();
							}""");
			if (focused != null && (focused.equals(name) || focused.startsWith(name + " "))) {
				return;
			}
		}
		fail("could not reach '" + name + "' with the Tab key");
	}

	/** Every sentence the page asks the server to speak, from now on. */
	List<String> recordSpokenTexts() {
		return recordSpokenTexts(this.page);
	}

	/** Every sentence another page (a second device) asks the server to speak. */
	static List<String> recordSpokenTexts(Page page) {
		List<String> spoken = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			if (isSpeech(request)) {
				spoken.add(spokenText(request));
			}
		});
		return spoken;
	}

	/** Whether the request asks the server to speak a text (a POST to /speech). */
	static boolean isSpeech(com.microsoft.playwright.Request request) {
		return "POST".equals(request.method()) && URI.create(request.url()).getPath().endsWith("/speech");
	}

	/** The text a speech request carries in its body. */
	static String spokenText(com.microsoft.playwright.Request request) {
		String body = request.postData();
		return body == null ? ""
				: new com.google.gson.Gson().fromJson(body, com.google.gson.JsonObject.class).get("text").getAsString();
	}

	/** The value of a speech request's body field ("lang", "rate"). */
	static String spokenOption(com.microsoft.playwright.Request request, String field) {
		String body = request.postData();
		return body == null ? ""
				: new com.google.gson.Gson().fromJson(body, com.google.gson.JsonObject.class).get(field).getAsString();
	}

	static Locator.GetByRoleOptions exactly(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

}
