package de.norderstedt.go.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright and one Debian Chromium for the whole test JVM; each test gets its own
 * fresh browser context (cookies, storage) from it.
 */
final class Browsers {

	private static final Path CHROMIUM = Path.of(System.getProperty("go.chromium", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	private Browsers() {
	}

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	/**
	 * A Chromium of its own whose camera plays the given Y4M video (see
	 * {@link FakeCamera}); the caller closes it.
	 */
	static synchronized Browser chromiumWithCamera(Path video) {
		chromium();
		List<String> args = new java.util.ArrayList<>(ARGS);
		args.add("--use-fake-device-for-media-stream");
		args.add("--use-fake-ui-for-media-stream");
		args.add("--use-file-for-fake-video-capture=" + video.toAbsolutePath());
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(args));
	}

	static synchronized Browser chromium() {
		if (browser == null) {
			if (!Files.isExecutable(CHROMIUM)) {
				throw new IllegalStateException("Chromium not found at " + CHROMIUM
						+ ". Install it with 'apt-get install chromium' (bin/test does this for you).");
			}
			Map<String, String> env = Files.isExecutable(Path.of("/usr/bin/node"))
					? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")
					: Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
		}
		return browser;
	}

	private static synchronized void close() {
		if (browser != null) {
			browser.close();
			playwright.close();
			browser = null;
		}
	}

}
