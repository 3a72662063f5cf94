package de.norderstedt.go.e2e;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

/**
 * Browser contexts that are emptied and handed out again instead of being thrown away.
 * <p>
 * A new context starts with an empty HTTP cache, so its first page downloads and compiles
 * Vaadin's whole client bundle again, and Chromium starts a renderer for it: more than a
 * second of CPU per test on a 2-core machine, where the rest of a page visit takes about
 * half a second. A context given back ({@link BrowserContext#close()}) loses what a
 * person's browser would keep between visits: its pages (and with them session storage),
 * its cookies (the server's session, the kiosk credential), local storage, IndexedDB,
 * service workers and their caches of every origin it visited. It keeps only the HTTP
 * cache of the pages' unchanging files.
 * <p>
 * Its first page stays open too, emptied (session storage, history, window size) and at
 * {@code about:blank}: the next test's first {@code newPage} gets it. Its renderer
 * process is already running and has compiled Vaadin's bundle, so a full page load there
 * costs a third of one in a new page (0.6 s against 1.7 s with the new page, measured on
 * the 2-core machine).
 * <p>
 * A context a test changed in a way that cannot be taken back (init scripts, permissions,
 * routes, a DevTools session, listeners on the context, …) is really closed: only the
 * methods in {@link #HARMLESS} keep it reusable. A page with listeners, routes, bindings,
 * locator handlers or timeouts of its own is closed rather than kept ({@link #pristine},
 * which reads Playwright's page object; a page it cannot read is closed too). Playwright
 * does not show a page's init scripts or emulated media: a test that sets them on a page
 * (not its context) undoes them or closes the page. Contexts with options other than
 * plain values (a recorded video, a storage state) are not pooled at all.
 */
final class ContextPool {

	/** The context methods after which an emptied context is as good as a new one. */
	private static final Set<String> HARMLESS = Set.of("newPage", "pages", "cookies", "addCookies", "clearCookies",
			"setDefaultTimeout", "browser", "close", "waitForCondition", "equals", "hashCode", "toString");

	/**
	 * Page methods (by name or prefix) whose effect outlives the page's document; a page
	 * that saw one of them is closed when the test ends.
	 */
	private static final List<String> SPOILING_PAGE_METHODS = List.of("on", "off", "route", "unroute", "addInitScript",
			"expose", "emulateMedia", "setExtraHTTPHeaders", "setDefault", "addLocatorHandler", "removeLocatorHandler",
			"removeAllListeners", "pause", "video", "requestGC", "close", "waitForPopup", "waitForClose",
			"waitForWorker", "waitForWebSocket", "waitForFileChooser", "waitForDownload");

	/** What Chromium's DevTools protocol clears of an origin between two tests. */
	private static final String STORAGE_TYPES = "cookies,local_storage,indexeddb,service_workers,cache_storage,websql,file_systems";

	/** Playwright's default timeout, which a context given back has again. */
	private static final double DEFAULT_TIMEOUT = 30_000;

	private final Browser browser;

	private final Map<String, Deque<Pooled>> idle = new HashMap<>();

	ContextPool(Browser browser) {
		this.browser = browser;
	}

	/** The browser, with {@code newContext} served from this pool. */
	Browser pooling() {
		return (Browser) Proxy.newProxyInstance(ContextPool.class.getClassLoader(), new Class<?>[] { Browser.class },
				(proxy, method, args) -> {
					if (method.getName().equals("newContext")) {
						Browser.NewContextOptions options = (args == null || args.length == 0) ? null
								: (Browser.NewContextOptions) args[0];
						return newContext(options);
					}
					return invoke(this.browser, method, args);
				});
	}

	private BrowserContext newContext(Browser.@Nullable NewContextOptions options) {
		String key = key(options);
		if (key == null) {
			return options == null ? this.browser.newContext() : this.browser.newContext(options);
		}
		Deque<Pooled> free = this.idle.computeIfAbsent(key, k -> new ArrayDeque<>());
		Pooled pooled = free.isEmpty() ? new Pooled(key,
				options == null ? this.browser.newContext() : this.browser.newContext(options), options) : free.pop();
		return pooled.lend();
	}

	/**
	 * The options as a key: only options of plain values (text, numbers, a viewport size)
	 * are pooled; {@code null} for anything else.
	 */
	private static @Nullable String key(Browser.@Nullable NewContextOptions options) {
		if (options == null) {
			return "";
		}
		StringBuilder key = new StringBuilder();
		for (Field field : Browser.NewContextOptions.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			Object value;
			try {
				value = field.get(options);
			}
			catch (IllegalAccessException ex) {
				return null;
			}
			if (value == null) {
				continue;
			}
			if (value instanceof Optional<?> optional) {
				value = optional.orElse(null);
				if (value == null) {
					key.append(field.getName()).append("=none;");
					continue;
				}
			}
			if (value instanceof ViewportSize size) {
				key.append(field.getName()).append('=').append(size.width).append('x').append(size.height).append(';');
			}
			else if (value instanceof String || value instanceof Number || value instanceof Boolean
					|| value instanceof Enum<?>) {
				key.append(field.getName()).append('=').append(value).append(';');
			}
			else {
				return null;
			}
		}
		return key.toString();
	}

	/**
	 * Whether a page has nothing a test added that would outlive its document: no
	 * listeners but the pool's own, no routes, bindings, locator handlers or timeouts.
	 */
	static boolean pristine(Page page) {
		try {
			Object listeners = field(field(page, "listeners"), "listeners");
			Map<?, ?> byEvent = (Map<?, ?>) listeners;
			// Playwright's own (waiting for a crash or the close) and the pool's
			long added = byEvent.values()
				.stream()
				.flatMap(list -> ((List<?>) list).stream())
				.map(listener -> listener.getClass().getName())
				.filter(type -> !type.startsWith("com.microsoft.playwright.impl.")
						&& !type.startsWith(ContextPool.class.getName()))
				.count();
			Object timeouts = field(page, "timeoutSettings");
			return added == 0 && ((List<?>) field(field(page, "routes"), "routes")).isEmpty()
					&& ((List<?>) field(field(page, "webSocketRoutes"), "routes")).isEmpty()
					&& ((Map<?, ?>) field(page, "bindings")).isEmpty()
					&& ((Map<?, ?>) field(page, "locatorHandlers")).isEmpty()
					&& nullableField(timeouts, "defaultTimeout") == null
					&& nullableField(timeouts, "defaultNavigationTimeout") == null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

	private static Object field(Object target, String name) throws ReflectiveOperationException {
		Object value = nullableField(target, name);
		if (value == null) {
			throw new NoSuchFieldException(name + " is empty");
		}
		return value;
	}

	private static @Nullable Object nullableField(Object target, String name) throws ReflectiveOperationException {
		for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(target);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		throw new NoSuchFieldException(name);
	}

	private static Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** One real context, lent to one test at a time. */
	private final class Pooled {

		private final String key;

		private final BrowserContext context;

		/** The origins its pages showed since it was last emptied. */
		private final Set<String> origins = new LinkedHashSet<>();

		/** The window size pages have when they are new. */
		private final @Nullable ViewportSize viewport;

		/** An emptied page at {@code about:blank}, for the next test's first page. */
		private @Nullable Page kept;

		Pooled(String key, BrowserContext context, Browser.@Nullable NewContextOptions options) {
			this.key = key;
			this.context = context;
			this.viewport = options == null ? new ViewportSize(1280, 720)
					: (options.viewportSize == null ? new ViewportSize(1280, 720) : options.viewportSize.orElse(null));
			context.onPage(page -> page.onFrameNavigated(frame -> {
				URI uri = URI.create(frame.url());
				if (uri.getScheme() != null && uri.getScheme().startsWith("http")) {
					this.origins.add(uri.getScheme() + "://" + uri.getAuthority());
				}
			}));
		}

		/** A proxy for one test: its close gives the context back. */
		BrowserContext lend() {
			InvocationHandler handler = new InvocationHandler() {

				private boolean spoilt;

				private boolean closed;

				@Override
				public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
					String name = method.getName();
					if (name.equals("close")) {
						if (!this.closed) {
							this.closed = true;
							giveBack(this.spoilt);
						}
						return null;
					}
					if (this.closed) {
						throw new IllegalStateException("this browser context was closed");
					}
					if (!HARMLESS.contains(name)) {
						this.spoilt = true;
					}
					if (name.equals("newPage")) {
						return lendPage();
					}
					return ContextPool.invoke(Pooled.this.context, method, args);
				}

			};
			return (BrowserContext) Proxy.newProxyInstance(ContextPool.class.getClassLoader(),
					new Class<?>[] { BrowserContext.class }, handler);
		}

		/** The kept page if there is one, else a new one. */
		private Page lendPage() {
			Page page = this.kept;
			this.kept = null;
			return (page == null || page.isClosed()) ? this.context.newPage() : page;
		}

		private void giveBack(boolean spoilt) {
			if (spoilt) {
				this.context.close();
				return;
			}
			try {
				empty();
			}
			catch (RuntimeException ex) {
				// a context that cannot be emptied is not handed out again
				this.context.close();
				return;
			}
			ContextPool.this.idle.computeIfAbsent(this.key, k -> new ArrayDeque<>()).push(this);
		}

		/**
		 * Clears the storage of every origin visited and the cookies; keeps one page,
		 * emptied, and closes the others.
		 */
		private void empty() {
			Page keep = this.context.pages()
				.stream()
				.filter(page -> !page.isClosed() && pristine(page))
				.findFirst()
				.orElse(null);
			for (Page page : this.context.pages()) {
				if (page != keep) {
					page.close();
				}
			}
			if (keep != null) {
				// session storage belongs to the tab, not the origin
				keep.evaluate("() => { try { sessionStorage.clear(); } catch (e) { } }");
				keep.navigate("about:blank");
			}
			Page any = keep != null ? keep : this.context.newPage();
			CDPSession devTools = this.context.newCDPSession(any);
			for (String origin : this.origins) {
				JsonObject clear = new JsonObject();
				clear.addProperty("origin", origin);
				clear.addProperty("storageTypes", STORAGE_TYPES);
				devTools.send("Storage.clearDataForOrigin", clear);
			}
			this.origins.clear();
			// a new page has no way back; neither has the kept one
			devTools.send("Page.resetNavigationHistory");
			devTools.detach();
			ViewportSize now = any.viewportSize();
			if (this.viewport != null
					&& (now == null || now.width != this.viewport.width || now.height != this.viewport.height)) {
				any.setViewportSize(this.viewport.width, this.viewport.height);
			}
			// where a new page's pointer is, so no element stays hovered
			any.mouse().move(0, 0);
			this.context.clearCookies();
			this.context.setDefaultTimeout(DEFAULT_TIMEOUT);
			this.kept = any;
		}

	}

}
