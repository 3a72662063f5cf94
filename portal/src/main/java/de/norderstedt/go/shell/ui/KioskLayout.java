package de.norderstedt.go.shell.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.accessibility.speech.Speech;
import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.Handoff;
import de.norderstedt.go.devices.HandoffService;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;
import de.norderstedt.go.devices.ui.NotAnEnrolledDevice;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.PublicUrl;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of kiosk screens on public touchscreens: no header to get lost in, one task
 * per screen, touch targets of at least 64 px (see the {@code kiosk} rules in go.css), an
 * on-screen keyboard for every text field, and a visit that ends by itself: after the
 * device's idle time a spoken "Are you still there?", then everything is wiped
 * (kiosk-session.js).
 */
@Layout("/kiosk")
@AnonymousAllowed
public class KioskLayout extends Main
		implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, KioskFrame {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PreferencesSession preferences;

	private final SpeechService speech;

	private final CurrentDevice devices;

	private final HandoffService handoffs;

	private final PublicUrl publicUrl;

	private final KioskProperties properties;

	private final ReadAloudControls readAloud;

	private final Div bar = new Div();

	/** Holds the address of the last {@link #sayPrivately} audio (shows nothing). */
	private final Span privateSpeech = new Span();

	private final Button home = new Button();

	private final Button phone = new Button();

	private final Button finish = new Button();

	private @Nullable Device device;

	private @Nullable HasElement content;

	/** After the session was lost (its instance died): start again. */
	private final ReconnectedNotice reconnected;

	KioskLayout(PreferencesSession preferences, SpeechService speech, CurrentDevice devices, HandoffService handoffs,
			PublicUrl publicUrl, KioskProperties properties) {
		this.preferences = preferences;
		this.speech = speech;
		this.devices = devices;
		this.handoffs = handoffs;
		this.publicUrl = publicUrl;
		this.properties = properties;
		this.reconnected = new ReconnectedNotice(true, publicUrl);
		addClassName("kiosk");
		setId("main");
		this.readAloud = new ReadAloudControls(preferences, speech);
		this.home.addClickListener(e -> UI.getCurrent().navigate(KioskStartView.class));
		this.phone.addClickListener(e -> continueOnPhone());
		this.finish.addClassName("kiosk-finish");
		this.finish.addClickListener(e -> finishVisit());
		this.bar.addClassName("kiosk-bar");
		this.bar.add(this.home, this.readAloud, this.phone, this.finish);
		this.privateSpeech.addClassName("kiosk-private-speech");
		add(this.bar, this.reconnected, this.privateSpeech);
	}

	/**
	 * Kiosk screens serve enrolled devices only; a revoked device loses access at its
	 * next request.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.device = enrolledDevice().orElse(null);
		if (this.device == null) {
			event.rerouteToError(NotAnEnrolledDevice.class, "");
		}
	}

	private Optional<Device> enrolledDevice() {
		return this.devices.get();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.home.setVisible(!(this.content instanceof KioskStartView));
		this.reconnected.update(event, false);
		screenChanged();
		this.readAloud.startIfWanted();
	}

	@Override
	public void screenChanged() {
		this.phone.setVisible(this.content instanceof ContinuesOnPhone task && task.continuesOnPhoneNow());
	}

	@Override
	public void say(String text) {
		Preferences current = this.preferences.current();
		if (text.isBlank() || !this.speech.canSpeak(current.language().locale())) {
			return;
		}
		getElement().executeJs(
				"window.goReadAloud && window.goReadAloud.say($0, {endpoint: 'speech', lang: $1, rate: $2})", text,
				current.language().code(), current.speechRate().name());
	}

	@Override
	public void sayPrivately(String text) {
		Preferences current = this.preferences.current();
		Locale locale = current.language().locale();
		String spoken = text.strip();
		if (spoken.isEmpty() || !this.speech.canSpeak(locale)) {
			return;
		}
		// a long answer is read up to what one piece of speech may hold
		String limited = spoken.length() > SpeechService.MAX_TEXT_LENGTH
				? spoken.substring(0, SpeechService.MAX_TEXT_LENGTH) : spoken;
		SpeechRate rate = current.speechRate();
		// synthesised when the browser asks, at an address of this session that says
		// nothing of the text
		this.privateSpeech.getElement().setAttribute("data-audio", DownloadHandler.fromInputStream(event -> {
			event.getResponse().setHeader("Cache-Control", "no-store");
			Optional<Speech> audio = this.speech.speakPrivately(limited, locale, rate);
			if (audio.isEmpty()) {
				return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
			}
			byte[] bytes = audio.get().audio();
			return new DownloadResponse(new ByteArrayInputStream(bytes), "speech.wav", audio.get().contentType(),
					bytes.length);
		}));
		this.privateSpeech.getElement()
			.executeJs("window.goReadAloud && window.goReadAloud.play(this.getAttribute('data-audio'))");
	}

	/**
	 * The on-screen keyboard's "read my input aloud": what was typed is read out
	 * privately (see {@link #sayPrivately}).
	 */
	@ClientCallable
	void readTyped(String text) {
		sayPrivately(text);
	}

	@Override
	public void announce(String text) {
		if (this.preferences.current().autoRead()) {
			say(text);
		}
	}

	@Override
	public void finishVisit() {
		getElement().executeJs("window.goKiosk.wipe()");
	}

	@Override
	public void continueOnPhone() {
		if (!(this.content instanceof ContinuesOnPhone task) || !task.continuesOnPhoneNow()) {
			return;
		}
		Handoff handoff = this.handoffs.create(task.portalPath(), this.preferences.current().language(),
				this.device == null ? null : this.device.id());
		Dialog dialog = new Dialog();
		dialog.addClassName("kiosk-dialog");
		dialog.setHeaderTitle(getTranslation("kiosk.phone.title"));
		QrCodeImage code = new QrCodeImage();
		code.show(this.publicUrl.of(handoff.path()), getTranslation("kiosk.phone.alt"));
		Paragraph text = new Paragraph(getTranslation("kiosk.phone.text", HandoffService.VALIDITY.toMinutes()));
		Button close = new Button(getTranslation("kiosk.phone.close"), e -> dialog.close());
		close.addThemeName("primary");
		close.addClassName("kiosk-dialog-button");
		dialog.add(text, code);
		dialog.getFooter().add(close);
		dialog.open();
		close.focus();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().getPage().addJavaScript("context://scripts/kiosk-session.js");
		event.getUI().getPage().addJavaScript("context://scripts/kiosk-keyboard.js");
		event.getUI().getPage().addStyleSheet("context://styles/kiosk-keyboard.css");
		event.getUI().getPage().addJavaScript("context://scripts/kiosk-heartbeat.js");
		configureClient();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.home.setText(getTranslation("kiosk.home"));
		this.phone.setText(getTranslation("kiosk.phone"));
		this.finish.setText(getTranslation("kiosk.finish"));
		this.reconnected.texts();
		if (isAttached()) {
			configureClient();
		}
	}

	/** Hands the idle timeout, texts and speech settings to the browser. */
	private void configureClient() {
		Preferences current = this.preferences.current();
		Map<String, Object> speech = Map.of("endpoint", "speech", "lang", current.language().code(), "rate",
				current.speechRate().name());
		int idle = this.device == null ? 120 : this.device.idleTimeoutSeconds();
		Map<String, Object> idleConfig = Map.of("idleSeconds", idle, "countdownSeconds",
				this.properties.idleWarning().toSeconds(), "lang", current.language().code(), "speech", speech, "texts",
				Map.of("title", getTranslation("kiosk.idle.title"), "text", getTranslation("kiosk.idle.text"), "spoken",
						getTranslation("kiosk.idle.spoken"), "countdown", getTranslation("kiosk.idle.countdown"),
						"continue", getTranslation("kiosk.idle.continue"), "finish", getTranslation("kiosk.finish")));
		Map<String, Object> keyboardLabels = Map.of("keyboard", getTranslation("keyboard.label"), "shift",
				getTranslation("keyboard.shift"), "backspace", getTranslation("keyboard.backspace"), "space",
				getTranslation("keyboard.space"), "enter", getTranslation("keyboard.enter"), "hide",
				getTranslation("keyboard.hide"), "readAloud", getTranslation("keyboard.read-aloud"), "newline",
				getTranslation("keyboard.newline"));
		JsonNode idleJson = JSON.valueToTree(idleConfig);
		JsonNode labelsJson = JSON.valueToTree(keyboardLabels);
		getElement().executeJs("""
				window.goKiosk.start($0);
				const speech = $0.speech;
				window.goKeyboard.attach(this, { lang: $1, labels: $2,
				    speak: text => this.$server.readTyped(text) });""", idleJson, current.language().code(),
				labelsJson);
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		if (this.content != null) {
			getElement().removeChild(this.content.getElement());
		}
		this.content = content;
		getElement().appendChild(content.getElement());
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		getElement().removeChild(oldContent.getElement());
		if (this.content == oldContent) {
			this.content = null;
		}
	}

	/** For the start screen: what this device offers. */
	Optional<Device> device() {
		return Optional.ofNullable(this.device);
	}

	static Optional<KioskLayout> of(Component component) {
		return component.getParent().filter(KioskLayout.class::isInstance).map(KioskLayout.class::cast);
	}

}
