package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.speech.SpeechService;

import java.util.Optional;

import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.ui.DeviceNotEnrolledView;
import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of kiosk screens on public touchscreens: no header to get lost in, one task
 * per screen, touch targets of at least 64 px (see the {@code kiosk} rules in go.css).
 */
@Layout("/kiosk")
@AnonymousAllowed
public class KioskLayout extends Main implements RouterLayout, BeforeEnterObserver {

	private final ReadAloudControls readAloud;

	private final DeviceService devices;

	KioskLayout(PreferencesSession preferences, SpeechService speech, DeviceService devices) {
		this.devices = devices;
		addClassName("kiosk");
		setId("main");
		this.readAloud = new ReadAloudControls(preferences, speech);
		add(this.readAloud);
	}

	/**
	 * Kiosk screens serve enrolled devices only; a revoked device loses access at its
	 * next request.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (enrolledDevice().isEmpty()) {
			event.rerouteTo(DeviceNotEnrolledView.class);
		}
	}

	private Optional<Device> enrolledDevice() {
		VaadinRequest request = VaadinRequest.getCurrent();
		Cookie[] cookies = request == null ? null : request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (DeviceService.CREDENTIAL_COOKIE.equals(cookie.getName())) {
				return this.devices.authenticate(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// The heartbeat tells the admin list the screen is alive; a revoked screen
		// reloads and
		// then shows that it is no longer enrolled.
		getElement().executeJs("""
				if (!window.__goHeartbeat) {
				  window.__goHeartbeat = setInterval(() => fetch('geraete/lebenszeichen',
				      { method: 'POST', credentials: 'same-origin' })
				    .then(r => { if (r.status === 401) { location.reload(); } })
				    .catch(() => {}), 60000);
				}""");
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		getElement().removeAllChildren();
		getElement().appendChild(this.readAloud.getElement());
		getElement().appendChild(content.getElement());
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		getElement().removeChild(oldContent.getElement());
	}

}
