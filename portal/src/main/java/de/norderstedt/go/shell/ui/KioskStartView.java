package de.norderstedt.go.shell.ui;

import java.time.Clock;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceFeature;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.ui.CurrentNews;
import de.norderstedt.go.privacy.ui.KioskImprintView;
import de.norderstedt.go.privacy.ui.KioskPrivacyNoticeView;
import de.norderstedt.go.web.ui.KioskCard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The start of a visit at a public touchscreen, after "Tap here to begin": what this
 * screen offers, the language in written names, and how to make the screen easier to
 * read.
 */
@Route("kiosk/start")
@AnonymousAllowed
class KioskStartView extends Div implements HasDynamicTitle, LocaleChangeObserver, AfterNavigationObserver {

	private final H1 heading = new H1();

	private final Nav legal = new Nav();

	private final RouterLink privacyLink = new RouterLink();

	private final RouterLink imprintLink = new RouterLink();

	private final UnorderedList offers = new UnorderedList();

	private final PreferencesSession preferences;

	KioskStartView(PreferencesSession preferences, NewsService news, Clock clock) {
		this.preferences = preferences;
		addClassName("kiosk-start");
		this.offers.addClassName("kiosk-offers");
		DisplaySettings settings = new DisplaySettings(preferences, true);
		// the latest city news, for everyone who passes by
		this.privacyLink.setRoute(KioskPrivacyNoticeView.class);
		this.imprintLink.setRoute(KioskImprintView.class);
		this.legal.add(new UnorderedList(new ListItem(this.privacyLink), new ListItem(this.imprintLink)));
		this.legal.addClassName("kiosk-legal-links");
		add(this.heading, this.offers, new CurrentNews(news, clock), settings, this.legal);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		showOffers();
	}

	private void showOffers() {
		this.offers.removeAll();
		Device device = KioskLayout.of(this).flatMap(KioskLayout::device).orElse(null);
		if (device == null) {
			return;
		}
		for (DeviceFeature feature : DeviceFeature.values()) {
			if (device.features().contains(feature)) {
				this.offers.add(new ListItem(new KioskCard(feature.path(), getTranslation(feature.titleKey()),
						this.preferences.text(this, feature.descriptionKey()))));
			}
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.menu.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("kiosk.menu.title"));
		this.legal.getElement().setAttribute("aria-label", getTranslation("privacy.kiosk.links.label"));
		this.privacyLink.setText(getTranslation("privacy.notice.title"));
		this.imprintLink.setText(getTranslation("privacy.imprint.title"));
		showOffers();
		Titles.update(this);
	}

}
