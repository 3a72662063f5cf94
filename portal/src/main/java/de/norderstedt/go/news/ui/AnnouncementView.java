package de.norderstedt.go.news.ui;

import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published announcement with its picture, areas, districts and date. */
@Route("neuigkeiten/:id([0-9]{1,18})")
@AnonymousAllowed
public class AnnouncementView extends PublishedAnnouncementPage {

	private final RouterLink back = new RouterLink();

	AnnouncementView(NewsService news) {
		super(news);
		addClassName("page");
		addClassName("news-page");
		this.back.setRoute(NewsView.class);
		this.back.addClassName("action-link");
		add(new Paragraph(this.back));
	}

	@Override
	void translateWayBack() {
		this.back.setText(getTranslation("news.back"));
	}

}
