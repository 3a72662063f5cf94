package de.norderstedt.go.accounts.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Runs the browser's side of a passkey (scripts/passkeys.js): the browser talks to the
 * authenticator; to make one, the options come from the page and the answer goes back to
 * it; to sign in, the browser talks to Spring Security's WebAuthn endpoints with this
 * session's CSRF token. An outcome comes back as one word ({@code ok}, {@code cancelled},
 * {@code exists}, {@code unsupported}, {@code refused}, {@code error}).
 */
final class PasskeyCeremony {

	private static final String SCRIPT = "context://scripts/passkeys.js";

	private PasskeyCeremony() {
	}

	/** Loads the script with the page, so a click can use it at once. */
	static void prepare(UI ui) {
		ui.getPage().addJavaScript(SCRIPT);
	}

	static void signIn(UI ui, Consumer<String> outcome) {
		CsrfToken csrf = csrf();
		ui.getPage()
			.executeJs("return window.goPasskeys ? window.goPasskeys.signIn($0, $1) : 'error'", csrf.getHeaderName(),
					csrf.getToken())
			.then(String.class, outcome::accept, error -> outcome.accept("error"));
	}

	/**
	 * Asks the browser to make a passkey with these options; the answer is the new
	 * credential as JSON (starting with a brace) or an outcome word.
	 */
	static void register(UI ui, String options, Consumer<String> answer) {
		ui.getPage()
			.executeJs("return window.goPasskeys ? window.goPasskeys.register($0) : 'error'", options)
			.then(String.class, answer::accept, error -> answer.accept("error"));
	}

	private static CsrfToken csrf() {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
		if (!(token instanceof CsrfToken csrf)) {
			throw new IllegalStateException("no CSRF token in this request");
		}
		return csrf;
	}

}
