package de.norderstedt.go.accounts.ui;

import java.util.List;
import java.util.Map;

import de.norderstedt.go.accessibility.ui.PasswordFields;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountsProperties;
import de.norderstedt.go.accounts.SessionProperties;
import de.norderstedt.go.ratelimit.RateLimit;
import de.norderstedt.go.ratelimit.RateLimitProperties;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in for residents and staff. A failed attempt comes back here with {@code ?error}
 * and one message, whatever the reason (unknown name, wrong password, locked or disabled
 * account): the form tells nobody which names exist or what became of them.
 */
@Route("anmelden")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final AuthenticationContext authentication;

	private final AccountsProperties properties;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final LoginForm form = new LoginForm();

	private final H2 passkeyHeading = new H2();

	private final Paragraph passkeyLead = new Paragraph();

	private final Button passkey = new Button();

	private final LiveRegion passkeyAlert = LiveRegion.alert();

	/** Says that a sign-in ended because it reached its longest lifetime. */
	private final LiveRegion expired = LiveRegion.status();

	private final SessionProperties sessions;

	private final RateLimitProperties limits;

	private boolean sessionEnded;

	LoginView(AuthenticationContext authentication, AccountsProperties properties, SessionProperties sessions,
			RateLimitProperties limits) {
		this.limits = limits;
		this.authentication = authentication;
		this.properties = properties;
		this.sessions = sessions;
		addClassName("page");
		addClassName("login-page");
		this.form.setAction("anmelden");
		this.form.setForgotPasswordButtonVisible(false);
		this.passkey.addClickListener(e -> signInWithPasskey());
		Section passkeys = new Section(this.passkeyHeading, this.passkeyLead, this.passkey, this.passkeyAlert);
		passkeys.addClassName("passkey-sign-in");
		add(this.heading, this.expired, this.intro, this.form, passkeys);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		PasskeyCeremony.prepare(event.getUI());
	}

	private void signInWithPasskey() {
		this.passkeyAlert.clear();
		this.passkey.setEnabled(false);
		getUI().ifPresent(ui -> PasskeyCeremony.signIn(ui, outcome -> {
			this.passkey.setEnabled(true);
			if ("ok".equals(outcome)) {
				// a new sign-in: the page loads again with it
				ui.getPage().setLocation("konto");
			}
			else {
				this.passkeyAlert.show(getTranslation("login.passkey.outcome." + PasskeyForm.outcome(outcome)));
			}
		}));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo(AccountView.class);
			return;
		}
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.form.setError(parameters.containsKey("error"));
		this.sessionEnded = parameters.containsKey("abgelaufen");
		showSessionEnded();
	}

	private void showSessionEnded() {
		if (this.sessionEnded) {
			java.time.Duration lifetime = this.sessions.absoluteLifetime();
			this.expired.show(lifetime.toMinutes() % 60 == 0 ? getTranslation("login.expired.hours", lifetime.toHours())
					: getTranslation("login.expired.minutes", lifetime.toMinutes()));
		}
		else {
			this.expired.clear();
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "login.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("login.title"));
		this.intro.setText(getTranslation("login.intro"));
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form texts = i18n.getForm();
		texts.setTitle(getTranslation("login.form.title"));
		texts.setUsername(getTranslation("login.username"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		texts.setForgotPassword("");
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		// one message for a wrong password, a blocked account and too many sign-ins from
		// this address (nothing tells a guesser which): its wait is the longer of the two
		java.time.Duration wait = this.properties.lockDuration().compareTo(this.limits.period(RateLimit.SIGN_IN)) >= 0
				? this.properties.lockDuration() : this.limits.period(RateLimit.SIGN_IN);
		error.setMessage(getTranslation("login.error.text", wait.toMinutes()));
		error.setUsername(getTranslation("login.username.required"));
		error.setPassword(getTranslation("login.password.required"));
		this.form.setI18n(i18n);
		PasswordFields.nameRevealButtons(this, getTranslation("password.reveal"));
		this.passkeyHeading.setText(getTranslation("login.passkey.heading"));
		this.passkeyLead.setText(getTranslation("login.passkey.lead"));
		this.passkey.setText(getTranslation("login.passkey.button"));
		showSessionEnded();
		Titles.update(this);
	}

}
