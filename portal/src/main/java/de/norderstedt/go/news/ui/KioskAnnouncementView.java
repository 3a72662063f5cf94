package de.norderstedt.go.news.ui;

import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One announcement at a public touchscreen, in the kiosk frame (big targets, read aloud,
 * the visit ends by itself). Nothing personal.
 */
@Route("kiosk/neuigkeiten/:id([0-9]{1,18})")
@AnonymousAllowed
class KioskAnnouncementView extends PublishedAnnouncementPage {

	private final Button back = new Button();

	KioskAnnouncementView(NewsService news) {
		super(news);
		addClassName("kiosk-news-page");
		this.back.addThemeName("primary");
		this.back.addClickListener(e -> UI.getCurrent().navigate("kiosk/start"));
		Div actions = new Div(this.back);
		actions.addClassName("kiosk-actions");
		add(actions);
	}

	@Override
	void translateWayBack() {
		this.back.setText(getTranslation("news.kiosk.back"));
	}

}
