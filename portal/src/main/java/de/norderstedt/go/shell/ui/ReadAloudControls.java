package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.AttachEvent;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * "Vorlesen / Read aloud" with pause and stop, and a status line that says what is
 * happening. The browser plays server-side speech (read-aloud.js); where no voice exists
 * for the page's language, the status line says so in words.
 */
class ReadAloudControls extends Div implements LocaleChangeObserver {

	private final PreferencesSession preferences;

	private final SpeechService speech;

	private final Button read = new Button(new Icon(VaadinIcon.VOLUME_UP));

	private final Button pause = new Button(new Icon(VaadinIcon.PAUSE));

	private final Button stop = new Button(new Icon(VaadinIcon.STOP));

	private final LiveRegion status = LiveRegion.status();

	private String state = "idle";

	private @Nullable DomListenerRegistration listener;

	ReadAloudControls(PreferencesSession preferences, SpeechService speech) {
		this.preferences = preferences;
		this.speech = speech;
		addClassName("read-aloud");
		addClassName("read-aloud-skip");
		this.status.addClassName("read-aloud-status");
		// the kiosk bar shows pause and stop in the place of "Vorlesen" (go.css)
		this.read.addClassName("read-aloud-read");
		this.pause.addClassName("read-aloud-pause");
		this.stop.addClassName("read-aloud-stop");
		this.read.addClickListener(e -> start(null));
		this.pause.addClickListener(e -> getElement().executeJs(
				"'playing' === window.goReadAloud.status() ? window.goReadAloud.pause() : window.goReadAloud.resume()"));
		this.stop.addClickListener(e -> getElement().executeJs("window.goReadAloud.stop()"));
		add(this.read, this.pause, this.stop, this.status);
		show("idle");
	}

	/**
	 * Reads the page that just opened aloud, when the person asked for that. Browsers
	 * play sound only once the person has touched the page, so a first page load stays
	 * silent.
	 */
	void startIfWanted() {
		Preferences current = this.preferences.current();
		if (!current.autoRead() || !this.speech.canSpeak(current.language().locale())) {
			return;
		}
		getElement().executeJs("""
				if (!navigator.userActivation || navigator.userActivation.hasBeenActive) {
				  setTimeout(() => window.goReadAloud.start(document.getElementById('main'),
				      {endpoint: 'speech', lang: $0, rate: $1}), 300);
				}""", current.language().code(), current.speechRate().name());
	}

	/** Reads the region (or the page's main content when null) aloud. */
	void start(@Nullable Component region) {
		Preferences current = this.preferences.current();
		if (!this.speech.canSpeak(current.language().locale())) {
			show("unavailable");
			return;
		}
		String options = "{endpoint: 'speech', lang: $0, rate: $1}";
		if (region == null) {
			getElement().executeJs("window.goReadAloud.start(document.getElementById('main'), " + options + ")",
					current.language().code(), current.speechRate().name());
		}
		else {
			region.getElement()
				.executeJs("window.goReadAloud.start(this, " + options + ")", current.language().code(),
						current.speechRate().name());
		}
		show("starting");
		// where pause and stop take the place of "Vorlesen" (the kiosk bar), the focus
		// moves on to them instead of being lost with the hidden button
		this.pause.getElement()
			.executeJs("if ($0 === document.activeElement && getComputedStyle($0).display === 'none') this.focus()",
					this.read.getElement());
	}

	/**
	 * The read-aloud controls of the frame the UI shows, so that a card can be read with
	 * them.
	 */
	static Optional<ReadAloudControls> of(UI ui) {
		return Optional.ofNullable(ComponentUtil.getData(ui, ReadAloudControls.class));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		ComponentUtil.setData(event.getUI(), ReadAloudControls.class, this);
		event.getUI().getPage().addJavaScript("context://scripts/read-aloud.js");
		this.listener = event.getUI()
			.getElement()
			.addEventListener("go-read-aloud", e -> show(readStatus(e.getEventData())))
			.addEventData("event.detail.status");
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (ComponentUtil.getData(event.getUI(), ReadAloudControls.class) == this) {
			ComponentUtil.setData(event.getUI(), ReadAloudControls.class, null);
		}
		if (this.listener != null) {
			this.listener.remove();
		}
	}

	private static String readStatus(JsonNode data) {
		return data.path("event.detail.status").asString("idle");
	}

	private void show(String state) {
		this.state = state;
		// what the page's style follows (the kiosk bar keeps its size while reading)
		getElement().setAttribute("data-state", state);
		boolean active = "playing".equals(state) || "paused".equals(state) || "starting".equals(state);
		this.pause.setVisible(active);
		this.stop.setVisible(active);
		boolean paused = "paused".equals(state);
		this.pause.setText(getTranslation(paused ? "read-aloud.resume" : "read-aloud.pause"));
		this.pause.setIcon(new Icon(paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE));
		this.status.setText(switch (state) {
			case "starting" -> getTranslation("read-aloud.status.starting");
			case "playing" -> getTranslation("read-aloud.status.playing");
			case "paused" -> getTranslation("read-aloud.status.paused");
			case "failed" -> getTranslation("read-aloud.status.failed");
			case "finished", "stopped" -> getTranslation("read-aloud.status.finished");
			case "unavailable" -> getTranslation("read-aloud.unavailable");
			default -> "";
		});
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.read.setText(getTranslation("read-aloud.read"));
		this.stop.setText(getTranslation("read-aloud.stop"));
		show(this.state);
	}

}
