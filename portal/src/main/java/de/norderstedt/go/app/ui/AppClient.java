package de.norderstedt.go.app.ui;

import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ui.CurrentPreferences;
import de.norderstedt.go.app.AppService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * The browser side of the installed app (scripts/app.js) on the portal's pages: started
 * on every portal page with whose pages it keeps (the signed-in person's owner key) and
 * how the offline page should look; told to keep a copy of a page; told to forget them at
 * sign-out. Never on a kiosk: the portal's layout starts it only on browsers that are no
 * kiosk device, and the browser side keeps nothing before it was started.
 */
@org.springframework.stereotype.Component
public class AppClient {

	private static final Logger LOG = LoggerFactory.getLogger(AppClient.class);

	private static final String SCRIPT = "context://scripts/app.js";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AppService app;

	private final AccountService accounts;

	private final CurrentPreferences preferences;

	AppClient(AppService app, AccountService accounts, CurrentPreferences preferences) {
		this.app = app;
		this.accounts = accounts;
		this.preferences = preferences;
	}

	/**
	 * Starts the app's browser side on a portal page, or tells it the person's language
	 * and display again after a change.
	 */
	public void start(UI ui) {
		Preferences current = this.preferences.get();
		ui.getPage().addJavaScript(SCRIPT);
		ui.getPage()
			.executeJs("window.goApp && window.goApp.start($0)",
					JSON.valueToTree(Map.of("owner", ownerKey().orElse(""), "lang", current.language().code(),
							"textSize", current.textSize().percent(), "contrast",
							current.highContrast() ? "high" : "normal")));
	}

	/**
	 * Keeps a copy of the page at {@code page} for use without a connection: the plain
	 * page at {@code copy} (made for the signed-in person alone; its language is added).
	 * Does nothing for anonymous visitors, nor where the app is not started (a kiosk).
	 */
	public void keep(Component view, String page, String copy) {
		if (this.accounts.signedInAccountId().isEmpty()) {
			return;
		}
		// the browser side keeps it once the page has started it (the layout does, after
		// or before this view), which never happens at a kiosk
		view.getUI().ifPresent(ui -> {
			ui.getPage().addJavaScript(SCRIPT);
			String language = this.preferences.get().language().code();
			ui.getPage()
				.executeJs("window.goApp && window.goApp.keep($0, $1)", page,
						copy + (copy.contains("?") ? "&" : "?") + "sprache=" + language);
		});
	}

	/**
	 * Deletes every kept copy in this browser, then runs {@code then} (also when the
	 * browser cannot answer): signing out, deleting the account.
	 */
	public static void forgetThen(UI ui, Runnable then) {
		ui.getPage().addJavaScript(SCRIPT);
		ui.getPage()
			.executeJs("return window.goApp ? window.goApp.forget() : true")
			.then(result -> then.run(), error -> {
				LOG.debug("This browser could not delete the app's copies: {}", error);
				then.run();
			});
	}

	private Optional<String> ownerKey() {
		Optional<Long> account = this.accounts.signedInAccountId();
		if (account.isEmpty()) {
			return Optional.empty();
		}
		VaadinSession session = VaadinSession.getCurrent();
		@Nullable Object known = session == null ? null : session.getAttribute(OWNER_ATTRIBUTE);
		if (known instanceof Owner owner && owner.accountId() == account.get()) {
			return Optional.of(owner.key());
		}
		Optional<String> key = this.app.ownerKey();
		if (session != null) {
			session.setAttribute(OWNER_ATTRIBUTE, key.map(k -> new Owner(account.get(), k)).orElse(null));
		}
		return key;
	}

	private static final String OWNER_ATTRIBUTE = AppClient.class.getName() + ".owner";

	/** The owner key of an account, known to this session. */
	private record Owner(long accountId, String key) {
	}

}
