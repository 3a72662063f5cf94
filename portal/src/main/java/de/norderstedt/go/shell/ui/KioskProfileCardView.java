package de.norderstedt.go.shell.ui;

import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ProfileCards;
import de.norderstedt.go.accounts.ui.PreferenceTexts;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * At a public touchscreen: hold the accessibility profile card to the camera, and the
 * screen takes on the card's text size, contrast, language and speech for this visit only
 * (the wipe at the end forgets them).
 */
@Route("kiosk/karte")
@AnonymousAllowed
class KioskProfileCardView extends Div implements HasDynamicTitle, LocaleChangeObserver, ContinuesOnPhone {

	private final PreferencesSession preferences;

	private final ProfileCards cards;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final QrScanner scanner;

	/** Why a card was not read. */
	private final LiveRegion refused = LiveRegion.alert();

	/** That a card's settings now apply. */
	private final LiveRegion result = LiveRegion.status();

	private final UnorderedList applied = new UnorderedList();

	private final Button again = new Button();

	private final Button done = new Button();

	private String resultKey = "";

	KioskProfileCardView(PreferencesSession preferences, ProfileCards cards) {
		this.preferences = preferences;
		this.cards = cards;
		addClassName("kiosk-task");
		this.scanner = new QrScanner(this::scanned);
		this.result.setId("profile-card-result");
		this.again.addClickListener(e -> scanAgain());
		this.again.setVisible(false);
		this.done.addThemeName("primary");
		this.done.addClickListener(e -> UI.getCurrent().navigate(KioskStartView.class));
		this.done.setVisible(false);
		Div actions = new Div(this.again, this.done);
		actions.addClassName("kiosk-actions");
		add(this.heading, this.intro, this.scanner, this.refused, this.result, this.applied, actions);
	}

	private void scanned(String text) {
		Optional<Preferences> card = this.cards.read(text);
		if (card.isEmpty()) {
			this.resultKey = "profile-card.invalid";
			this.result.clear();
			this.refused.show(getTranslation(this.resultKey));
			this.applied.removeAll();
			this.again.setVisible(true);
			this.done.setVisible(false);
			return;
		}
		this.preferences.update(card.get());
		this.resultKey = "profile-card.applied";
		this.refused.clear();
		this.scanner.setVisible(false);
		this.again.setVisible(true);
		this.done.setVisible(true);
		texts();
	}

	private void scanAgain() {
		this.resultKey = "";
		this.refused.clear();
		this.result.clear();
		this.applied.removeAll();
		this.again.setVisible(false);
		this.done.setVisible(false);
		this.scanner.setVisible(true);
		this.scanner.start();
	}

	private void texts() {
		this.heading.setText(getTranslation("profile-card.scan.title"));
		this.intro.setText(this.preferences.text(this, "profile-card.scan.intro"));
		this.again.setText(getTranslation("profile-card.scan.again"));
		this.done.setText(getTranslation("profile-card.scan.done"));
		boolean applied = "profile-card.applied".equals(this.resultKey);
		(applied ? this.result : this.refused).show(this.resultKey.isEmpty() ? "" : getTranslation(this.resultKey));
		this.applied.removeAll();
		if ("profile-card.applied".equals(this.resultKey)) {
			PreferenceTexts.lines(this.preferences.current(), this)
				.forEach(line -> this.applied.add(new ListItem(line)));
		}
	}

	@Override
	public String portalPath() {
		return "/einstellungskarte";
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "profile-card.scan.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
		Titles.update(this);
	}

}
