package de.norderstedt.go.accounts.ui;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.VaadinSession;

/**
 * The preferences in effect for the current person, for any screen: stored with the
 * account when signed in, kept in the session otherwise.
 */
@org.springframework.stereotype.Component
public class CurrentPreferences {

	/** The session attribute that holds an anonymous visitor's preferences. */
	public static final String ATTRIBUTE = Preferences.class.getName();

	private final AccountService accounts;

	CurrentPreferences(AccountService accounts) {
		this.accounts = accounts;
	}

	public Preferences get() {
		return this.accounts.currentPreferences().orElseGet(() -> {
			VaadinSession session = VaadinSession.getCurrent();
			@Nullable Object stored = session == null ? null : session.getAttribute(ATTRIBUTE);
			return stored instanceof Preferences preferences ? preferences : Preferences.DEFAULT;
		});
	}

}
