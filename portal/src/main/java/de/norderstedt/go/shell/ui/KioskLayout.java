package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.speech.SpeechService;

import com.vaadin.flow.component.HasElement;
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
public class KioskLayout extends Main implements RouterLayout {

	private final ReadAloudControls readAloud;

	KioskLayout(PreferencesSession preferences, SpeechService speech) {
		addClassName("kiosk");
		setId("main");
		this.readAloud = new ReadAloudControls(preferences, speech);
		add(this.readAloud);
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
