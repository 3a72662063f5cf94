package de.norderstedt.go.news.ui;

import de.norderstedt.go.app.ui.AppClient;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published announcement with its picture, areas, districts and date. */
@Route("neuigkeiten/:id([0-9]{1,18})")
@AnonymousAllowed
public class AnnouncementView extends PublishedAnnouncementPage {

	private final RouterLink back = new RouterLink();

	private final AppClient app;

	AnnouncementView(NewsService news, AppClient app) {
		super(news);
		this.app = app;
		addClassName("page");
		addClassName("news-page");
		this.back.setRoute(NewsView.class);
		this.back.addClassName("action-link");
		add(new Paragraph(this.back));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		super.localeChange(event);
		Announcement announcement = shown();
		if (announcement != null) {
			// the last news she opened, to read again without a connection
			this.app.keep(this, "/neuigkeiten/" + announcement.id(), "/app/kopie/neuigkeit/" + announcement.id());
		}
	}

	@Override
	void translateWayBack() {
		this.back.setText(getTranslation("news.back"));
	}

}
