package de.norderstedt.go.lockers.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.LockerTerminal;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.lockers.StationChanges;
import de.norderstedt.go.lockers.TerminalOutcome;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.ScreenUpdates;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The locker terminal: a person shows the QR code of a reservation to the camera or types
 * its number; the compartment opens, the screen (and the voice) says which one and what
 * to do, waits for the door to close, and after a return asks how the item is. What each
 * screen shows is made by {@link TerminalScreens}.
 * <p>
 * The browser never asks: the screen is told of the door by the signal bus (the agent may
 * be connected to another portal instance) and server push, and its waits are timers on
 * the server.
 */
@Route("kiosk/locker")
@AnonymousAllowed
class LockerTerminalView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/**
	 * A released lock whose door is never pulled latches again: after this long closed
	 * without having been seen open, the door counts as closed.
	 */
	static final Duration NEVER_OPENED = Duration.ofSeconds(5);

	/** While the door is open, the visit is kept alive this often (kiosk idle wipe). */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

	/** How long "Danke" stays before the start screen comes back. */
	static final Duration THANKS = Duration.ofSeconds(8);

	enum Screen {

		NO_TERMINAL, START, KEYPAD, OPEN, PICKED_UP, CONDITION, THANKS, REFUSED

	}

	private final LockerTerminal terminal;

	private final CurrentDevice devices;

	private final TerminalScreens screens = new TerminalScreens(this, new TerminalScreens.Actions() {

		@Override
		public void show(Screen next) {
			LockerTerminalView.this.show(next);
		}

		@Override
		public void scanned(String code) {
			outcome(() -> LockerTerminalView.this.terminal.present(LockerTerminalView.this.deviceId, code));
		}

		@Override
		public void typed(String number) {
			outcome(() -> LockerTerminalView.this.terminal.presentNumber(LockerTerminalView.this.deviceId, number));
		}

		@Override
		public void reported(ItemCondition condition) {
			LockerTerminalView.this.reported(condition);
		}

		@Override
		public void finish() {
			frame().ifPresentOrElse(KioskFrame::finishVisit, () -> LockerTerminalView.this.show(Screen.START));
		}

	});

	private final StationChanges changes;

	private final ScreenUpdates updates = new ScreenUpdates();

	private long deviceId;

	private @Nullable Station station;

	private Screen screen = Screen.START;

	private TerminalOutcome.@Nullable Opened opened;

	private TerminalOutcome.@Nullable Refused refused;

	private boolean doorSeenOpen;

	private boolean waitedLongEnough;

	private @Nullable QrScanner scanner;

	LockerTerminalView(LockerTerminal terminal, StationChanges changes, CurrentDevice devices) {
		this.terminal = terminal;
		this.changes = changes;
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

	private void render() {
		stopCamera();
		removeAll();
		Locale locale = getLocale();
		TerminalOutcome.Opened o = this.opened;
		switch (this.screen) {
			case NO_TERMINAL -> this.screens.noTerminal();
			case START -> this.scanner = this.screens.start(this.station);
			case KEYPAD -> this.screens.keypad();
			case OPEN -> {
				if (o != null) {
					this.screens.open(o, locale);
				}
			}
			case PICKED_UP -> this.screens.pickedUp(o, locale);
			case CONDITION -> this.screens.condition(o, locale);
			case THANKS -> this.screens.thanks();
			case REFUSED -> this.screens.refused(this.refused, locale);
		}
	}

	// ---- what happens

	private void show(Screen next) {
		this.updates.stop();
		this.screen = next;
		render();
		switch (next) {
			case OPEN -> {
				keepVisit();
				frame().ifPresent(frame -> frame.say(openSpoken()));
				followDoor();
			}
			case REFUSED -> {
				TerminalOutcome.Refused r = this.refused;
				if (r != null) {
					say(LockerTexts.message(r.messageKey(), r.arguments(), getLocale()));
				}
			}
			case PICKED_UP -> {
				TerminalOutcome.Opened o = this.opened;
				say(getTranslation("lockers.terminal.bye")
						+ (o == null ? "" : " " + this.screens.bringBack(o, getLocale())));
			}
			case CONDITION -> say(getTranslation("lockers.terminal.condition-title"));
			case THANKS -> {
				say(getTranslation("lockers.terminal.thanks") + " " + getTranslation("lockers.terminal.thanks-text"));
				UI ui = UI.getCurrent();
				if (ui != null) {
					this.updates.after(ui, THANKS, () -> {
						if (this.screen == Screen.THANKS) {
							show(Screen.START);
						}
					});
				}
			}
			default -> {
			}
		}
	}

	private String openSpoken() {
		TerminalOutcome.Opened o = this.opened;
		return o == null ? "" : getTranslation("lockers.terminal.compartment", o.compartment()) + ". "
				+ this.screens.openText(o, getLocale());
	}

	private void say(String text) {
		frame().ifPresent(frame -> frame.say(text));
	}

	private void outcome(Supplier<TerminalOutcome> call) {
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
				this.waitedLongEnough = false;
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

	/**
	 * Follows the open compartment's door: every change of the station (its door above
	 * all) is checked, and after {@link #NEVER_OPENED} a door never seen open counts as
	 * closed; meanwhile the visit is kept alive.
	 */
	private void followDoor() {
		UI ui = UI.getCurrent();
		Station here = this.station;
		if (ui == null || here == null) {
			return;
		}
		this.updates.follow(ui, changed -> this.changes.listen(here.id(), changed), this::doorCheck);
		this.updates.after(ui, NEVER_OPENED, () -> {
			this.waitedLongEnough = true;
			doorCheck();
		});
		this.updates.every(ui, KEEP_ALIVE, () -> {
			if (this.screen == Screen.OPEN) {
				keepVisit();
			}
		});
	}

	private void doorCheck() {
		TerminalOutcome.Opened o = this.opened;
		if (this.screen != Screen.OPEN || o == null) {
			return;
		}
		boolean open = this.terminal.isDoorOpen(this.deviceId, o.compartment());
		if (open) {
			this.doorSeenOpen = true;
			return;
		}
		if (this.doorSeenOpen || this.waitedLongEnough) {
			show(o.action() == CodeAction.PICKUP ? Screen.PICKED_UP : Screen.CONDITION);
		}
	}

	/**
	 * Someone at an open door is not idle: the kiosk's idle wipe starts counting again.
	 */
	private void keepVisit() {
		getElement().executeJs("window.goKiosk && window.goKiosk.keep()");
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
		this.updates.stop();
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
