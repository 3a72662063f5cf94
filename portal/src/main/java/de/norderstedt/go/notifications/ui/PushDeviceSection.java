package de.norderstedt.go.notifications.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.notifications.PushDevice;
import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * Web Push for the signed-in person, on the notification settings page: what it does in
 * plain words, whether THIS device shows messages (on, off, not possible in this browser,
 * blocked in the browser with what to do), one button to switch it on or off, and the
 * person's other devices to remove. The browser side is {@code scripts/web-push.js}; it
 * asks for permission within the button's click, as browsers require.
 */
public class PushDeviceSection extends Div implements LocaleChangeObserver {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The longest browser or system name a device label shows. */
	static final int NAME_LENGTH = 40;

	/** What this browser can do, as the script found out. */
	enum Support {

		/** Not known yet: the script has not answered. */
		CHECKING,
		/** No service worker or Push API, or not a secure page. */
		UNSUPPORTED,
		/** The person turned notifications down for this site. */
		DENIED,
		/** Possible; the browser will ask or has allowed it. */
		POSSIBLE

	}

	private final PushDevices devices;

	private final H2 heading = new H2();

	private final Paragraph explain = new Paragraph();

	private final Paragraph state = new Paragraph();

	private final Paragraph deniedHelp = new Paragraph();

	private final Button action = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final H3 othersHeading = new H3();

	private final UnorderedList others = new UnorderedList();

	private final Paragraph noOthers = new Paragraph();

	private record Said(String key, Object[] arguments) {
	}

	/** The messages shown in the alert and status lines. */
	private final Map<LiveRegion, Said> messages = new HashMap<>();

	private Support support = Support.CHECKING;

	/** This browser's push endpoint, when it has a subscription. */
	private @Nullable String endpoint;

	private boolean on;

	public PushDeviceSection(PushDevices devices) {
		this.devices = devices;
		addClassName("push-devices");
		setId("push-devices");
		this.heading.setId("push-devices-title");
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-labelledby", "push-devices-title");
		this.state.setId("push-state");
		this.state.addClassName("push-state");
		this.deniedHelp.addClassName("push-denied-help");
		this.action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.action.setVisible(false);
		this.othersHeading.setId("push-others-title");
		// focus lands here after a device is removed (its button is gone)
		this.othersHeading.getElement().setAttribute("tabindex", "-1");
		this.others.addClassName("account-list");
		this.others.getElement().setAttribute("aria-labelledby", "push-others-title");
		Div actions = new Div(this.action);
		actions.addClassName("actions");
		add(this.heading, this.explain, this.state, this.deniedHelp, actions, this.alert, this.status,
				this.othersHeading, this.noOthers, this.others);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().getPage().addJavaScript("context://scripts/web-push.js");
		// on a page's first request the script may still be loading when this runs
		getElement().executeJs("""
				const start = tries => {
				  if (window.goWebPush) {
				    window.goWebPush.bind(this, $0);
				    window.goWebPush.check(this);
				  } else if (tries > 0) {
				    setTimeout(() => start(tries - 1), 50);
				  }
				};
				start(400);""", this.devices.applicationServerKey());
	}

	/** The script's answer to "what can this browser do, and is it subscribed". */
	@ClientCallable
	private void deviceState(String permission, String browserEndpoint) {
		this.support = switch (permission) {
			case "unsupported" -> Support.UNSUPPORTED;
			case "denied" -> Support.DENIED;
			default -> Support.POSSIBLE;
		};
		this.endpoint = browserEndpoint.isBlank() ? null : browserEndpoint;
		// on only when the browser has a subscription AND we keep it for this person
		this.on = "granted".equals(permission) && this.endpoint != null && this.devices.isSubscribed(this.endpoint);
		render();
	}

	/** The script subscribed this browser (or could not): keep it for the person. */
	@ClientCallable
	private void subscribed(String resultJson) {
		say(this.alert, null);
		say(this.status, null);
		JsonNode result;
		try {
			result = JSON.readTree(resultJson);
		}
		catch (JacksonException ex) {
			say(this.alert, "notifications.push.failed");
			return;
		}
		switch (result.path("outcome").asString("")) {
			case "subscribed" -> keep(result);
			case "denied" -> {
				this.support = Support.DENIED;
				say(this.alert, "notifications.push.state.denied");
			}
			case "dismissed" -> say(this.alert, "notifications.push.dismissed");
			case "unsupported" -> this.support = Support.UNSUPPORTED;
			default -> say(this.alert, "notifications.push.failed");
		}
		render();
	}

	/**
	 * The script renewed this browser's subscription because it was made with a former
	 * server key: the server keeps the new one in place of the old, without a word
	 * (nothing changed for the person).
	 */
	@ClientCallable
	private void renewed(String resultJson) {
		JsonNode result;
		try {
			result = JSON.readTree(resultJson);
		}
		catch (JacksonException ex) {
			say(this.alert, "notifications.push.failed");
			render();
			return;
		}
		String replaced = result.path("replaced").asString("");
		boolean subscribed = "subscribed".equals(result.path("outcome").asString(""));
		this.support = Support.POSSIBLE;
		this.endpoint = subscribed ? result.path("endpoint").asString("") : null;
		this.on = false;
		try {
			if (subscribed && !replaced.isBlank()) {
				this.on = this.devices.renew(replaced, result.path("endpoint").asString(""),
						result.path("p256dh").asString(""), result.path("auth").asString(""),
						label(result.path("browser").asString(""), result.path("system").asString("")));
			}
			else if (!replaced.isBlank()) {
				// the old subscription is gone from the browser; it cannot be served any
				// more
				this.devices.unsubscribe(replaced);
			}
		}
		catch (Refusal ex) {
			say(this.alert, ex.messageKey(), ex.arguments());
		}
		render();
	}

	/** The script ended this browser's subscription; forget it on the server too. */
	@ClientCallable
	private void unsubscribed(String browserEndpoint) {
		say(this.alert, null);
		String ended = browserEndpoint.isBlank() ? this.endpoint : browserEndpoint;
		try {
			if (ended != null) {
				this.devices.unsubscribe(ended);
			}
			this.on = false;
			this.endpoint = null;
			say(this.status, "notifications.push.unsubscribed");
		}
		catch (Refusal ex) {
			say(this.alert, ex.messageKey(), ex.arguments());
		}
		render();
	}

	private void keep(JsonNode result) {
		String subscription = result.path("endpoint").asString("");
		try {
			this.devices.subscribe(subscription, result.path("p256dh").asString(""), result.path("auth").asString(""),
					label(result.path("browser").asString(""), result.path("system").asString("")));
			this.support = Support.POSSIBLE;
			this.endpoint = subscription;
			this.on = true;
			say(this.status, "notifications.push.subscribed");
		}
		catch (Refusal ex) {
			this.on = false;
			say(this.alert, ex.messageKey(), ex.arguments());
			// a subscription we do not keep must not stay in the browser either
			getElement().executeJs("window.goWebPush.forget()");
		}
	}

	/**
	 * "Chrome auf Android", in the person's language: the name this device is listed by.
	 * Nobody typed it; the browser reports both names, so each is kept to
	 * {@link #NAME_LENGTH} characters and a longer one visibly ends in "…". The label
	 * then always fits {@link PushDevices#MAX_LABEL}; should it not, the service refuses
	 * it in words rather than anything cutting it.
	 */
	private String label(String browser, String system) {
		return getTranslation("notifications.push.device.label",
				browser.isBlank() ? getTranslation("notifications.push.device.browser") : shorten(browser),
				system.isBlank() ? getTranslation("notifications.push.device.system") : shorten(system));
	}

	/** The name without characters nobody can see; a longer one ends in "…". */
	static String shorten(String name) {
		String clean = name.replaceAll("\\p{C}", "").strip();
		return clean.length() > NAME_LENGTH ? clean.substring(0, NAME_LENGTH - 1).stripTrailing() + "…" : clean;
	}

	/**
	 * Shows a message (or none) by its key, so that it is said again in another language
	 * when the person switches.
	 */
	private void say(LiveRegion where, @Nullable String key, Object... arguments) {
		if (key == null) {
			where.setText("");
			this.messages.remove(where);
			return;
		}
		this.messages.put(where, new Said(key, arguments));
		where.setText(getTranslation(key, arguments));
	}

	private void render() {
		Locale locale = getLocale();
		this.messages.forEach((where, said) -> where.setText(getTranslation(said.key(), said.arguments())));
		this.heading.setText(getTranslation("notifications.push.title"));
		this.explain.setText(getTranslation("notifications.push.explain"));
		this.state.setText(getTranslation(switch (this.support) {
			case CHECKING -> "notifications.push.state.checking";
			case UNSUPPORTED -> "notifications.push.state.unsupported";
			case DENIED -> "notifications.push.state.denied";
			case POSSIBLE -> this.on ? "notifications.push.state.on" : "notifications.push.state.off";
		}));
		this.state.getElement().setAttribute("data-state", switch (this.support) {
			case CHECKING -> "checking";
			case UNSUPPORTED -> "unsupported";
			case DENIED -> "denied";
			case POSSIBLE -> this.on ? "on" : "off";
		});
		this.deniedHelp.setText(getTranslation("notifications.push.state.denied-help"));
		this.deniedHelp.setVisible(this.support == Support.DENIED);
		this.action.setVisible(this.support == Support.POSSIBLE);
		this.action
			.setText(getTranslation(this.on ? "notifications.push.unsubscribe" : "notifications.push.subscribe"));
		this.action.getElement().setAttribute("data-push-action", this.on ? "unsubscribe" : "subscribe");
		this.action.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
		if (!this.on) {
			this.action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		renderOthers(locale);
	}

	private void renderOthers(Locale locale) {
		this.othersHeading.setText(getTranslation("notifications.push.others"));
		this.noOthers.setText(getTranslation("notifications.push.others.none"));
		this.others.removeAll();
		Optional<Long> thisDevice = this.endpoint == null ? Optional.empty()
				: this.devices.myDevice(this.endpoint).map(PushDevice::id);
		List<PushDevice> list = this.devices.myDevices()
			.stream()
			.filter(d -> thisDevice.map(id -> id != d.id()).orElse(true))
			.toList();
		for (PushDevice device : list) {
			ListItem item = new ListItem(new H4(device.label()));
			item.addClassName("card");
			item.add(new Paragraph(
					getTranslation("notifications.push.others.since", CityTime.longDay(device.createdAt(), locale))));
			Button remove = new Button(getTranslation("notifications.push.remove"), e -> remove(device));
			remove.getElement()
				.setAttribute("aria-label", getTranslation("notifications.push.remove.label", device.label()));
			item.add(remove);
			this.others.add(item);
		}
		this.others.setVisible(!list.isEmpty());
		this.noOthers.setVisible(list.isEmpty());
	}

	private void remove(PushDevice device) {
		say(this.alert, null);
		try {
			this.devices.remove(device.id());
			say(this.status, "notifications.push.removed", device.label());
		}
		catch (Refusal ex) {
			say(this.alert, ex.messageKey(), ex.arguments());
		}
		renderOthers(getLocale());
		this.othersHeading.getElement().callJsFunction("focus");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

}
