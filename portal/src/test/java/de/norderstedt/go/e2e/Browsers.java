package de.norderstedt.go.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright and one Debian Chromium per test thread (Playwright's objects belong to
 * the thread that made them; most tests run on one thread, the few classes that run their
 * cases side by side get one each); each test gets its own browser context from it, empty
 * of what earlier tests left (cookies, storage; see {@link ContextPool}).
 * <p>
 * Most tests get Debian's {@code chromium-headless-shell}: the same Blink and V8 without
 * the browser's windows and their user interface, which Chromium builds in headless mode
 * too (on a 2-core machine the browser tests took 6 % less time with it, the tutorial
 * sweep 8 %). Web Push and a fake camera need the whole browser
 * ({@link #chromiumWithPush()}, {@link #chromiumWithCamera(Path)}): the shell has no push
 * messaging, and its media playback is not what a kiosk's is.
 */
final class Browsers {

	private static final Path SHELL = Path.of(System.getProperty("go.chromium", "/usr/bin/chromium-headless-shell"));

	private static final Path CHROMIUM = Path.of(System.getProperty("go.chromium.full", "/usr/bin/chromium"));

	private static final ThreadLocal<Running> RUNNING = new ThreadLocal<>();

	private static final ThreadLocal<Running> RUNNING_FULL = new ThreadLocal<>();

	private static final List<Running> ALL = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(Running::close)));
	}

	private Browsers() {
	}

	/**
	 * Chromium 156 in headless mode still builds the omnibox's drop-down (a WebUI page in
	 * a renderer of its own) for every window, which is every browser context: about a
	 * second of CPU per context and a busy renderer in the background, a third of the
	 * whole suite's browser time on a 2-core machine. Nobody types into an address bar
	 * here. Chromium keeps only the last {@code --disable-features}, so Playwright's own
	 * list (1.62) is repeated here.
	 */
	private static final String DISABLED_FEATURES = String.join(",", "AvoidUnnecessaryBeforeUnloadCheckSync",
			"BoundaryEventDispatchTracksNodeRemoval", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider",
			"GlobalMediaControls", "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding",
			"ThirdPartyStoragePartitioning", "BlockOriginHeaderModificationOnRedirect", "Translate", "AutoDeElevate",
			"OptimizationHints", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup");

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage", "--disable-features=" + DISABLED_FEATURES);

	/**
	 * A Chromium of its own whose camera plays the given Y4M video (see
	 * {@link FakeCamera}); the caller closes it.
	 */
	static Browser chromiumWithCamera(Path video) {
		executable(CHROMIUM, "chromium");
		List<String> args = new java.util.ArrayList<>(ARGS);
		args.add("--use-fake-device-for-media-stream");
		args.add("--use-fake-ui-for-media-stream");
		args.add("--use-file-for-fake-video-capture=" + video.toAbsolutePath());
		return running(RUNNING, SHELL).playwright()
			.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(args));
	}

	/**
	 * The whole Chromium with a profile in {@code userDataDir}, as a person's browser
	 * has: only such a browser installs web apps (to Chromium's installability check a
	 * context without a profile is "incognito"). The caller closes it.
	 */
	static BrowserContext chromiumWithProfile(Path userDataDir) {
		executable(CHROMIUM, "chromium");
		return running(RUNNING, SHELL).playwright()
			.chromium()
			.launchPersistentContext(userDataDir,
					new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(ARGS)
						.setLocale("de-DE")
						.setViewportSize(1280, 900));
	}

	/**
	 * The test thread's Chromium; its {@code newContext} lends an emptied context that
	 * earlier tests used ({@link ContextPool}), which the test's {@code close} gives
	 * back.
	 */
	static Browser chromium() {
		return running(RUNNING, SHELL).pooling();
	}

	/**
	 * Like {@link #chromium()}, but the whole browser: its pages can subscribe to Web
	 * Push.
	 */
	static Browser chromiumWithPush() {
		return running(RUNNING_FULL, CHROMIUM).pooling();
	}

	private static void executable(Path chromium, String debianPackage) {
		if (!Files.isExecutable(chromium)) {
			throw new IllegalStateException("Chromium not found at " + chromium + ". Install it with 'apt-get install "
					+ debianPackage + "' (bin/test does this for you).");
		}
	}

	private static Running running(ThreadLocal<Running> kind, Path chromium) {
		Running running = kind.get();
		if (running == null) {
			executable(chromium, chromium.equals(SHELL) ? "chromium-headless-shell" : "chromium");
			Map<String, String> env = Files.isExecutable(Path.of("/usr/bin/node"))
					? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")
					: Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
			Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
			running = new Running(playwright, browser, new ContextPool(browser).pooling());
			kind.set(running);
			ALL.add(running);
		}
		return running;
	}

	private record Running(Playwright playwright, Browser browser, Browser pooling) {

		void close() {
			try {
				this.browser.close();
				this.playwright.close();
			}
			catch (RuntimeException ex) {
				// the JVM is ending; the browser process ends with it
			}
		}

	}

}
