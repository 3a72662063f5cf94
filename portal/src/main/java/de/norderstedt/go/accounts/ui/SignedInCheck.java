package de.norderstedt.go.accounts.ui;

import de.norderstedt.go.accounts.AccountService;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Ends a sign-in at the next page when an admin has since disabled its account or changed
 * its roles: a session keeps the roles it was signed in with, so a disabled person or a
 * former admin must not go on with them (they sign in again and get what the account
 * holds now). A password sign-in that still waits for its passkey sees only the page that
 * asks for it ({@link SecondFactorView}).
 */
@Component
class SignedInCheck implements VaadinServiceInitListener {

	private final AccountService accounts;

	private final AuthenticationContext authentication;

	SignedInCheck(AccountService accounts, AuthenticationContext authentication) {
		this.accounts = accounts;
		this.authentication = authentication;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		if (!this.authentication.isAuthenticated()) {
			return;
		}
		if (!this.accounts.sessionStillValid()) {
			this.authentication.logout();
		}
		else if (this.accounts.secondFactorMissing() && event.getNavigationTarget() != SecondFactorView.class) {
			// an admin, locker staff or editor signed in with a password: a passkey
			// first,
			// then on to where they were going
			SecondFactorView.rememberDestination(event.getLocation());
			event.forwardTo(SecondFactorView.class);
		}
	}

}
