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
 * A context a test changed in a way that cannot be taken back (init scripts, permissions,
 * routes, a DevTools session, listeners on the context, …) is really closed: only the
 * methods in {@link #HARMLESS} keep it reusable. Contexts with options other than plain
 * values (a recorded video, a storage state) are not pooled at all.
 */
final class ContextPool {

	/** The context methods after which an emptied context is as good as a new one. */
	private static final Set<String> HARMLESS = Set.of("newPage", "pages", "cookies", "addCookies", "clearCookies",
			"setDefaultTimeout", "browser", "close", "waitForCondition", "equals", "hashCode", "toString");

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
		Pooled pooled = free.isEmpty()
				? new Pooled(key, options == null ? this.browser.newContext() : this.browser.newContext(options))
				: free.pop();
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

		Pooled(String key, BrowserContext context) {
			this.key = key;
			this.context = context;
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
					return ContextPool.invoke(Pooled.this.context, method, args);
				}

			};
			return (BrowserContext) Proxy.newProxyInstance(ContextPool.class.getClassLoader(),
					new Class<?>[] { BrowserContext.class }, handler);
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

		/** Clears the storage of every origin visited, closes the pages, the cookies. */
		private void empty() {
			List<Page> pages = this.context.pages();
			if (!this.origins.isEmpty()) {
				Page any = pages.isEmpty() ? this.context.newPage() : pages.get(0);
				CDPSession devTools = this.context.newCDPSession(any);
				for (String origin : this.origins) {
					JsonObject clear = new JsonObject();
					clear.addProperty("origin", origin);
					clear.addProperty("storageTypes", STORAGE_TYPES);
					devTools.send("Storage.clearDataForOrigin", clear);
				}
				devTools.detach();
				this.origins.clear();
			}
			for (Page page : this.context.pages()) {
				page.close();
			}
			this.context.clearCookies();
			this.context.setDefaultTimeout(DEFAULT_TIMEOUT);
		}

	}

}
