package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.PushDevices;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The short set-up for city news, one question per screen: which areas, which districts,
 * and how (in the app, on this device, by e-mail). "Fertig" keeps it all and leads to the
 * notification centre. The screens are {@link NewsSetUpFlow}, which a tutorial practises
 * on too.
 */
@Route("neuigkeiten/einrichten")
@PermitAll
public class NotificationSetUpView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	NotificationSetUpView(NotificationService notifications, NewsService news, PushDevices pushDevices) {
		addClassName("page");
		addClassName("notification-set-up");
		add(new NewsSetUpFlow(NewsSetUpPort.of(notifications, news, pushDevices), news));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "notifications.set-up.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Titles.update(this);
	}

}
