package de.norderstedt.go.news.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published announcement with its picture, areas, districts and date. */
@Route("neuigkeiten/:id([0-9]{1,18})")
@AnonymousAllowed
public class AnnouncementView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final NewsService news;

	private final Div content = new Div();

	private final RouterLink back = new RouterLink();

	private @Nullable Announcement announcement;

	AnnouncementView(NewsService news) {
		this.news = news;
		addClassName("page");
		addClassName("news-page");
		this.back.setRoute(NewsView.class);
		this.back.addClassName("action-link");
		add(this.content, new Paragraph(this.back));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong("id").orElse(0L);
		this.announcement = this.news.published(id).orElse(null);
	}

	@Override
	public String getPageTitle() {
		return this.announcement == null ? Titles.of(this, "news.not-found")
				: this.announcement.title(getLocale()) + " – " + Titles.of(this, "news.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.content.removeAll();
		Announcement shown = this.announcement;
		if (shown == null) {
			this.content.add(new H1(getTranslation("news.not-found")),
					new Paragraph(getTranslation("news.not-found.text")));
		}
		else {
			this.content.add(new AnnouncementArticle(shown, event.getLocale(), true,
					new AnnouncementArticle.Picture.Published(shown.id())));
		}
		this.back.setText(getTranslation("news.back"));
		Titles.update(this);
	}

}
