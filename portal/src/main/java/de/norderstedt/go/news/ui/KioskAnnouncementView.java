package de.norderstedt.go.news.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One announcement at a public touchscreen, in the kiosk frame (big targets, read aloud,
 * the visit ends by itself). Nothing personal.
 */
@Route("kiosk/neuigkeiten/:id([0-9]{1,18})")
@AnonymousAllowed
class KioskAnnouncementView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final NewsService news;

	private final Div content = new Div();

	private final Button back = new Button();

	private @Nullable Announcement announcement;

	KioskAnnouncementView(NewsService news) {
		this.news = news;
		addClassName("kiosk-news-page");
		this.back.addThemeName("primary");
		this.back.addClickListener(e -> UI.getCurrent().navigate("kiosk/start"));
		Div actions = new Div(this.back);
		actions.addClassName("kiosk-actions");
		add(this.content, actions);
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
		this.back.setText(getTranslation("news.kiosk.back"));
		Titles.update(this);
	}

}
