package de.norderstedt.go.tutorials.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Tutorial;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A tutorial in the portal, one step per address: {@code /lernen/<slug>/<step>}. */
@Route("lernen/:slug/:step?")
@AnonymousAllowed
class TutorialView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final TutorialPlayers players;

	private final TutorialPlayer player;

	private @Nullable Tutorial tutorial;

	TutorialView(TutorialPlayers players) {
		this.players = players;
		this.player = players.player(false, null);
		addClassName("page");
		addClassName("tutorial-page");
		add(this.player);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.players.address(event, "lernen").ifPresent(address -> {
			this.tutorial = address.tutorial();
			this.player.show(address.tutorial(), address.index());
		});
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.player.refresh();
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return this.tutorial == null ? Titles.of(this, "tutorials.title") : this.player.title() + " – Norderstedt GO!";
	}

}
