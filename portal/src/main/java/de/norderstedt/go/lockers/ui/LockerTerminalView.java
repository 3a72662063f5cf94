package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.LockerTerminal;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.lockers.TerminalOutcome;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * The locker terminal: a person shows the QR code of a reservation to the camera or types
 * its number; the compartment opens, the screen (and the voice) says which one and what
 * to do, waits for the door to close, and after a return asks how the item is.
 */
@Route("kiosk/locker")
@AnonymousAllowed
class LockerTerminalView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	static final int DIGITS = 8;

	static final int DOOR_POLL_MILLIS = 500;

	/**
	 * A released lock whose door is never pulled latches again: after this long closed
	 * without having been seen open, the door counts as closed.
	 */
	static final int NEVER_OPENED_MILLIS = 5000;

	/** While the door is open, the visit is kept alive this often (kiosk idle wipe). */
	static final int KEEP_ALIVE_MILLIS = 20_000;

	/** How long "Danke" stays before the start screen comes back. */
	static final int THANKS_MILLIS = 8000;

	private enum Screen {

		NO_TERMINAL, START, KEYPAD, OPEN, PICKED_UP, CONDITION, THANKS, REFUSED

	}

	private final LockerTerminal terminal;

	private final CurrentDevice devices;

	private long deviceId;

	private @Nullable Station station;

	private Screen screen = Screen.START;

	private String digits = "";

	private TerminalOutcome.@Nullable Opened opened;

	private TerminalOutcome.@Nullable Refused refused;

	private boolean doorSeenOpen;

	private int waitedMillis;

	private @Nullable QrScanner scanner;

	private @Nullable Registration polling;

	LockerTerminalView(LockerTerminal terminal, CurrentDevice devices) {
		this.terminal = terminal;
		this.devices = devices;
		addClassName("kiosk-task");
		addClassName("locker-terminal");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<Device> device = this.devices.get();
		this.deviceId = device.map(Device::id).orElse(0L);
		this.station = device.isEmpty() ? null : this.terminal.stationOf(this.deviceId).orElse(null);
		this.screen = this.station == null ? Screen.NO_TERMINAL : Screen.START;
	}

	// ---- screens

	private void render() {
		stopCamera();
		removeAll();
		Locale locale = getLocale();
		switch (this.screen) {
			case NO_TERMINAL -> {
				add(new H1(getTranslation("kiosk.offer.lockers")));
				add(message(LiveRegion.alert(), getTranslation("lockers.terminal.refused.not-a-terminal")));
			}
			case START -> start();
			case KEYPAD -> keypad();
			case OPEN -> open(locale);
			case PICKED_UP -> pickedUp(locale);
			case CONDITION -> condition();
			case THANKS -> thanks();
			case REFUSED -> refusedScreen(locale);
		}
	}

	private void start() {
		add(new H1(getTranslation("lockers.terminal.title")));
		if (this.station != null) {
			add(new Paragraph(getTranslation("lockers.terminal.station", this.station.name())));
		}
		add(new Paragraph(getTranslation("lockers.terminal.hold")));
		QrScanner started = new QrScanner(this::scanned).withoutCameraSay("lockers.terminal.no-camera",
				"lockers.terminal.camera-denied");
		started.getElement().setAttribute("aria-label", getTranslation("lockers.terminal.camera"));
		this.scanner = started;
		add(started);
		Button type = new Button(getTranslation("lockers.terminal.type-code"), e -> show(Screen.KEYPAD));
		type.addThemeName("primary");
		add(actions(type));
	}

	private void keypad() {
		add(new H1(getTranslation("lockers.terminal.type-title")));
		add(new Paragraph(getTranslation("lockers.terminal.type-text")));
		LiveRegion shown = LiveRegion.status();
		shown.addClassName("locker-digits");
		shown.setId("locker-digits");
		add(shown);
		Div pad = new Div();
		pad.addClassName("locker-keypad");
		pad.getElement().setAttribute("role", "group");
		pad.getElement().setAttribute("aria-label", getTranslation("lockers.terminal.keypad"));
		List<Button> digitButtons = new java.util.ArrayList<>();
		Button delete = new Button(getTranslation("lockers.terminal.delete"));
		Button openButton = new Button(getTranslation("lockers.terminal.open"), e -> typed());
		openButton.addThemeName("primary");
		// each tap changes the shown digits and the buttons in place: drawing the pad
		// anew
		// would swallow the next tap of a quick finger
		Runnable update = () -> {
			shown.setText(this.digits.isEmpty() ? "–" : LockerTexts.code(this.digits));
			shown.getElement()
				.setAttribute("aria-label", getTranslation("lockers.terminal.typed", this.digits.isEmpty()
						? getTranslation("lockers.terminal.typed-none") : String.join(" ", this.digits.split(""))));
			digitButtons.forEach(b -> b.setEnabled(this.digits.length() < DIGITS));
			delete.setEnabled(!this.digits.isEmpty());
			openButton.setEnabled(this.digits.length() == DIGITS);
		};
		for (String digit : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")) {
			Button button = new Button(digit, e -> {
				if (this.digits.length() < DIGITS) {
					this.digits += digit;
				}
				update.run();
			});
			button.addClassName("locker-key");
			digitButtons.add(button);
		}
		delete.addClickListener(e -> {
			if (!this.digits.isEmpty()) {
				this.digits = this.digits.substring(0, this.digits.length() - 1);
			}
			update.run();
		});
		pad.add(digitButtons.subList(0, 9).toArray(Component[]::new));
		pad.add(delete, digitButtons.get(9), openButton);
		update.run();
		add(pad);
		Button back = new Button(getTranslation("lockers.terminal.back-to-camera"), e -> {
			this.digits = "";
			show(Screen.START);
		});
		add(actions(back));
	}

	private void open(Locale locale) {
		TerminalOutcome.Opened o = this.opened;
		if (o == null) {
			return;
		}
		H1 number = new H1(getTranslation("lockers.terminal.compartment", o.compartment()));
		number.addClassName("locker-number");
		add(number);
		add(message(LiveRegion.status(), openText(o, locale)));
		add(new Paragraph(getTranslation("lockers.terminal.waiting")));
	}

	private String openText(TerminalOutcome.Opened o, Locale locale) {
		String what = LockerTexts.type(o.type(), locale);
		return getTranslation(
				o.action() == CodeAction.PICKUP ? "lockers.terminal.open-pickup" : "lockers.terminal.open-return",
				o.compartment(), what);
	}

	private void pickedUp(Locale locale) {
		TerminalOutcome.Opened o = this.opened;
		add(new H1(getTranslation("lockers.terminal.bye")));
		if (o != null) {
			add(message(LiveRegion.status(), bringBack(o, locale)));
		}
		add(actions(finishButton()));
	}

	private String bringBack(TerminalOutcome.Opened o, Locale locale) {
		return getTranslation("lockers.terminal.bring-back", LockerTexts.type(o.type(), locale),
				CityTime.time(o.end(), locale));
	}

	private void condition() {
		add(new H1(getTranslation("lockers.terminal.condition-title")));
		TerminalOutcome.Opened o = this.opened;
		if (o != null) {
			add(new Paragraph(
					getTranslation("lockers.terminal.condition-text", LockerTexts.type(o.type(), getLocale()))));
		}
		Div choices = new Div();
		choices.addClassName("locker-conditions");
		choices.add(conditionButton(ItemCondition.OK, "images/lockers/ok.svg"),
				conditionButton(ItemCondition.DAMAGED, "images/lockers/damaged.svg"),
				conditionButton(ItemCondition.DIRTY, "images/lockers/dirty.svg"));
		add(choices);
	}

	private Button conditionButton(ItemCondition condition, String pictogram) {
		// the text under the pictogram names the button
		Image picture = new Image(pictogram, "");
		picture.addClassName("locker-pictogram");
		Button button = new Button(new Span(picture, new Span(LockerTexts.condition(condition, getLocale()))));
		button.addClassName("locker-condition");
		button.addClickListener(e -> reported(condition));
		return button;
	}

	private void thanks() {
		add(new H1(getTranslation("lockers.terminal.thanks")));
		add(message(LiveRegion.status(), getTranslation("lockers.terminal.thanks-text")));
		add(actions(finishButton()));
	}

	private void refusedScreen(Locale locale) {
		TerminalOutcome.Refused r = this.refused;
		add(new H1(getTranslation("lockers.terminal.refused-title")));
		LiveRegion why = message(LiveRegion.alert(),
				r == null ? "" : LockerTexts.message(r.messageKey(), r.arguments(), locale));
		why.addClassName("locker-refused");
		add(why);
		Button again = new Button(getTranslation("lockers.terminal.again"), e -> {
			this.digits = "";
			show(Screen.START);
		});
		again.addThemeName("primary");
		add(actions(again, finishButton()));
	}

	private Button finishButton() {
		Button finish = new Button(getTranslation("lockers.terminal.done"),
				e -> frame().ifPresentOrElse(KioskFrame::finishVisit, () -> show(Screen.START)));
		return finish;
	}

	private static LiveRegion message(LiveRegion region, String text) {
		region.addClassName("locker-message");
		region.show(text);
		return region;
	}

	private static Div actions(Component... buttons) {
		Div actions = new Div(buttons);
		actions.addClassName("kiosk-actions");
		return actions;
	}

	// ---- what happens

	private void show(Screen next) {
		stopPolling();
		this.screen = next;
		render();
		switch (next) {
			case OPEN -> {
				keepVisit();
				frame().ifPresent(frame -> frame.say(openSpoken()));
				startPolling(DOOR_POLL_MILLIS);
			}
			case REFUSED -> {
				TerminalOutcome.Refused r = this.refused;
				if (r != null) {
					say(LockerTexts.message(r.messageKey(), r.arguments(), getLocale()));
				}
			}
			case PICKED_UP -> {
				TerminalOutcome.Opened o = this.opened;
				say(getTranslation("lockers.terminal.bye") + (o == null ? "" : " " + bringBack(o, getLocale())));
			}
			case CONDITION -> say(getTranslation("lockers.terminal.condition-title"));
			case THANKS -> {
				say(getTranslation("lockers.terminal.thanks") + " " + getTranslation("lockers.terminal.thanks-text"));
				startPolling(1000);
			}
			default -> {
			}
		}
	}

	private String openSpoken() {
		TerminalOutcome.Opened o = this.opened;
		return o == null ? ""
				: getTranslation("lockers.terminal.compartment", o.compartment()) + ". " + openText(o, getLocale());
	}

	private void say(String text) {
		frame().ifPresent(frame -> frame.say(text));
	}

	private void scanned(String code) {
		outcome(() -> this.terminal.present(this.deviceId, code));
	}

	private void typed() {
		String typed = this.digits;
		this.digits = "";
		outcome(() -> this.terminal.presentNumber(this.deviceId, typed));
	}

	private void outcome(java.util.function.Supplier<TerminalOutcome> call) {
		TerminalOutcome result;
		try {
			result = call.get();
		}
		catch (Refusal ex) {
			result = new TerminalOutcome.Refused(ex.messageKey(), List.of(ex.arguments()));
		}
		switch (result) {
			case TerminalOutcome.Opened o -> {
				this.opened = o;
				this.refused = null;
				this.doorSeenOpen = false;
				this.waitedMillis = 0;
				show(Screen.OPEN);
			}
			case TerminalOutcome.Refused r -> {
				this.refused = r;
				show(Screen.REFUSED);
			}
		}
	}

	private void reported(ItemCondition condition) {
		TerminalOutcome.Opened o = this.opened;
		if (o != null) {
			try {
				this.terminal.reportCondition(this.deviceId, o.reservationId(), condition);
			}
			catch (Refusal ex) {
				// the item is back either way; staff see the missing report
			}
		}
		show(Screen.THANKS);
	}

	private void doorPoll(int interval) {
		this.waitedMillis += interval;
		if (this.screen == Screen.THANKS) {
			if (this.waitedMillis >= THANKS_MILLIS) {
				show(Screen.START);
			}
			return;
		}
		TerminalOutcome.Opened o = this.opened;
		if (this.screen != Screen.OPEN || o == null) {
			return;
		}
		if (this.waitedMillis % KEEP_ALIVE_MILLIS == 0) {
			keepVisit();
		}
		boolean open = this.terminal.isDoorOpen(this.deviceId, o.compartment());
		if (open) {
			this.doorSeenOpen = true;
			return;
		}
		if (this.doorSeenOpen || this.waitedMillis >= NEVER_OPENED_MILLIS) {
			show(o.action() == CodeAction.PICKUP ? Screen.PICKED_UP : Screen.CONDITION);
		}
	}

	/**
	 * Someone at an open door is not idle: the kiosk's idle wipe starts counting again.
	 */
	private void keepVisit() {
		getElement().executeJs("window.goKiosk && window.goKiosk.keep()");
	}

	private void startPolling(int interval) {
		UI ui = UI.getCurrent();
		if (ui == null) {
			return;
		}
		this.waitedMillis = 0;
		ui.setPollInterval(interval);
		this.polling = ui.addPollListener(e -> doorPoll(interval));
	}

	private void stopPolling() {
		Registration registration = this.polling;
		if (registration != null) {
			registration.remove();
			this.polling = null;
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
	}

	private void stopCamera() {
		QrScanner running = this.scanner;
		if (running != null) {
			running.stop();
			this.scanner = null;
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stopPolling();
		stopCamera();
	}

	private Optional<KioskFrame> frame() {
		return getParent().filter(KioskFrame.class::isInstance).map(KioskFrame.class::cast);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.offer.lockers");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
