package de.norderstedt.go.accounts.ui;

import java.util.List;
import java.util.Map;

import de.norderstedt.go.accessibility.ui.PasswordFields;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountsProperties;

import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for residents and staff. A failed attempt comes back here with {@code ?error};
 * the reason Spring Security stored in the session decides which message the person
 * reads.
 */
@Route("anmelden")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final AuthenticationContext authentication;

	private final AccountsProperties properties;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final LoginForm form = new LoginForm();

	private Failure failure = Failure.NONE;

	LoginView(AuthenticationContext authentication, AccountsProperties properties) {
		this.authentication = authentication;
		this.properties = properties;
		addClassName("page");
		addClassName("login-page");
		this.form.setAction("anmelden");
		this.form.setForgotPasswordButtonVisible(false);
		add(this.heading, this.intro, this.form);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo(AccountView.class);
			return;
		}
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.failure = parameters.containsKey("error") ? failureFromSession() : Failure.NONE;
		this.form.setError(this.failure != Failure.NONE);
	}

	private static Failure failureFromSession() {
		VaadinSession session = VaadinSession.getCurrent();
		@Nullable Object exception = session == null ? null
				: session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return exception instanceof LockedException ? Failure.LOCKED : Failure.WRONG_CREDENTIALS;
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
		error.setTitle(getTranslation(this.failure == Failure.LOCKED ? "login.locked.title" : "login.error.title"));
		error.setMessage(this.failure == Failure.LOCKED
				? getTranslation("login.locked.text", this.properties.lockDuration().toMinutes())
				: getTranslation("login.error.text"));
		error.setUsername(getTranslation("login.username.required"));
		error.setPassword(getTranslation("login.password.required"));
		this.form.setI18n(i18n);
		PasswordFields.nameRevealButtons(this, getTranslation("password.reveal"));
		Titles.update(this);
	}

	private enum Failure {

		NONE, WRONG_CREDENTIALS, LOCKED

	}

}
