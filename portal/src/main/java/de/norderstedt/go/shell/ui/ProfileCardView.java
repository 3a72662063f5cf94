package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ProfileCards;
import de.norderstedt.go.accounts.ui.PreferenceTexts;
import de.norderstedt.go.qr.ui.QrCodeImage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility profile card: the person's display and speech settings as a QR code
 * to print or show on the phone. Held to the camera of a public touchscreen, it sets up
 * that screen for one visit.
 */
@Route("einstellungskarte")
@AnonymousAllowed
class ProfileCardView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PreferencesSession preferences;

	private final ProfileCards cards;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final Div card = new Div();

	private final Button print = new Button();

	private final Paragraph howTo = new Paragraph();

	ProfileCardView(PreferencesSession preferences, ProfileCards cards) {
		this.preferences = preferences;
		this.cards = cards;
		addClassName("page");
		this.card.addClassName("profile-card");
		this.print.addThemeName("primary");
		this.print.addClickListener(e -> getElement().executeJs("window.print()"));
		this.print.addClassName("no-print");
		add(this.heading, this.intro, this.card, this.print, this.howTo);
	}

	private void showCard() {
		Preferences current = this.preferences.current();
		this.card.removeAll();
		QrCodeImage code = new QrCodeImage();
		code.show(this.cards.issue(current), getTranslation("profile-card.alt"));
		UnorderedList settings = new UnorderedList();
		PreferenceTexts.lines(current, this).forEach(line -> settings.add(new ListItem(line)));
		this.card.add(new H2(getTranslation("profile-card.card-title")), code, settings);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "profile-card.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("profile-card.title"));
		this.intro.setText(this.preferences.text(this, "profile-card.intro"));
		this.print.setText(getTranslation("profile-card.print"));
		this.howTo.setText(this.preferences.text(this, "profile-card.how-to"));
		showCard();
		Titles.update(this);
	}

}
