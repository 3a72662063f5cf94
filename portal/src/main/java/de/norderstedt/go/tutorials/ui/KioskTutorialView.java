package de.norderstedt.go.tutorials.ui;

import java.util.Objects;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.ui.CurrentDevice;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A tutorial at the kiosk ({@code /kiosk/lernen/<slug>/<step>}): the same player with
 * kiosk-sized controls, guidance spoken, the booking practice at this kiosk's place, and
 * "Auf dem Handy weitermachen" at the same step.
 */
@Route("kiosk/lernen/:slug/:step?")
@AnonymousAllowed
class KioskTutorialView extends Div
		implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver, ContinuesOnPhone {

	private final TutorialPlayers players;

	private final CurrentDevice devices;

	private @Nullable TutorialPlayer player;

	private @Nullable Tutorial tutorial;

	private int index;

	KioskTutorialView(TutorialPlayers players, CurrentDevice devices) {
		this.players = players;
		this.devices = devices;
		addClassName("kiosk-task");
		addClassName("tutorial-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.players.address(event, "kiosk/lernen").ifPresent(address -> {
			TutorialPlayer shown = this.player;
			if (shown == null) {
				// the device (and its place) is known only once the request is
				shown = this.players.player(true, this.devices.get().map(Device::placeId).orElse(null));
				this.player = shown;
				add(shown);
			}
			this.tutorial = address.tutorial();
			this.index = address.index();
			shown.show(address.tutorial(), address.index());
		});
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		if (this.player != null) {
			this.player.refresh();
		}
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		TutorialPlayer shown = this.player;
		return shown == null || this.tutorial == null ? Titles.of(this, "tutorials.title")
				: shown.title() + " – Norderstedt GO!";
	}

	@Override
	public String portalPath() {
		Tutorial shown = this.tutorial;
		return shown == null ? "/lernen" : "/" + TutorialPlayers.path("lernen", Objects.requireNonNull(shown.slug()),
				this.index, shown.stepsOrEmpty().size());
	}

	@Override
	public boolean continuesOnPhoneNow() {
		return this.tutorial != null && this.index < this.tutorial.stepsOrEmpty().size();
	}

}
