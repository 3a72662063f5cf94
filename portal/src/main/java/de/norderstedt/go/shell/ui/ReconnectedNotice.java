package de.norderstedt.go.shell.ui;

import java.time.Duration;
import java.util.List;

import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.shell.ReconnectController;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.ScreenUpdates;
import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Says that the connection was set up again, on a page that a person reached because
 * their session was gone (its portal instance died: see {@link ReconnectController}): in
 * a live region named "Hinweis zur Verbindung" at the top of the page, in the page's
 * language. A person without a sign-in now is told that a sign-in may be lost, with a
 * button that signs in and comes back to the page; on the sign-in page (the page needed
 * one) the message says so; a kiosk says to start again.
 */
class ReconnectedNotice extends Div {

	/** The region is filled after the page arrived, so that screen readers say it. */
	private static final Duration AFTER_LOAD = Duration.ofMillis(300);

	private final boolean kiosk;

	private final LiveRegion region = LiveRegion.status();

	private final Button signIn = new Button();

	private final ScreenUpdates updates = new ScreenUpdates();

	private final PublicUrl publicUrl;

	/** What the notice says now (null: nothing). */
	private List<String> keys = List.of();

	private String page = "";

	ReconnectedNotice(boolean kiosk, PublicUrl publicUrl) {
		this.kiosk = kiosk;
		this.publicUrl = publicUrl;
		addClassName("reconnected-notice");
		this.region.setId("reconnected");
		this.signIn.addClickListener(e -> signInAndComeBack());
		this.signIn.setVisible(false);
		add(this.region, this.signIn);
		setVisible(false);
		texts();
	}

	/**
	 * After each navigation: shown when the address carries the marker, and gone after
	 * the next navigation.
	 */
	void update(AfterNavigationEvent event, boolean signedIn) {
		boolean marked = event.getLocation()
			.getQueryParameters()
			.getParameters()
			.containsKey(ReconnectController.MARKER);
		this.page = event.getLocation().getPath();
		boolean onSignIn = event.getActiveChain().stream().anyMatch(LoginView.class::isInstance);
		// the sign-in page that a page needing one led to does not carry the marker: the
		// session that began with the reconnect says it (once)
		boolean reconnected = (marked || onSignIn) && reconnectedSession() || marked;
		if (!reconnected) {
			this.keys = List.of();
		}
		else if (this.kiosk) {
			this.keys = List.of("shell.reconnected.kiosk");
		}
		else if (onSignIn) {
			this.keys = List.of("shell.reconnected.signed-out");
		}
		else if (!signedIn) {
			this.keys = List.of("shell.reconnected.message", "shell.reconnected.maybe-signed-out");
		}
		else {
			this.keys = List.of("shell.reconnected.message");
		}
		setVisible(!this.keys.isEmpty());
		this.signIn.setVisible(reconnected && !this.kiosk && !onSignIn && !signedIn);
		this.region.clear();
		UI ui = UI.getCurrent();
		if (!this.keys.isEmpty() && ui != null) {
			this.updates.stop();
			this.updates.after(ui, AFTER_LOAD, this::texts);
		}
	}

	/**
	 * Whether this session began with a reconnect not said yet; forgets it (the notice is
	 * said once).
	 */
	private static boolean reconnectedSession() {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null || session.getSession() == null) {
			return false;
		}
		WrappedSession http = session.getSession();
		boolean reconnected = Boolean.TRUE.equals(http.getAttribute(ReconnectController.SESSION_ATTRIBUTE));
		if (reconnected) {
			http.removeAttribute(ReconnectController.SESSION_ATTRIBUTE);
		}
		return reconnected;
	}

	/** The texts in the page's language (again after a change of language). */
	void texts() {
		this.region.getElement().setAttribute("aria-label", getTranslation("shell.reconnected.label"));
		this.signIn.setText(getTranslation("shell.reconnected.sign-in"));
		if (this.keys.isEmpty()) {
			this.region.clear();
		}
		else {
			this.region.show(String.join(" ", this.keys.stream().map(this::getTranslation).toList()));
		}
	}

	/**
	 * The sign-in page, and after it this page again: where Vaadin's sign-in returns to
	 * when a page asked for a sign-in.
	 */
	private void signInAndComeBack() {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request != null) {
			HttpSession session = request.getHttpServletRequest().getSession();
			String path = "/" + this.page;
			session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, path);
			session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, this.publicUrl.of(path));
		}
		UI.getCurrent().navigate(LoginView.class);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.updates.stop();
	}

}
