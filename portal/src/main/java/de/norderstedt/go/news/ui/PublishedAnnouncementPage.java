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

/**
 * What the portal's and the kiosk's page of one announcement share: the published
 * announcement named by the route's {@code id} with its picture, or a plain "not found";
 * the page title follows the announcement. Subclasses add the way back.
 */
abstract class PublishedAnnouncementPage extends Div
		implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final NewsService news;

	private final Div content = new Div();

	private @Nullable Announcement announcement;

	PublishedAnnouncementPage(NewsService news) {
		this.news = news;
		add(this.content);
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
		translateWayBack();
		Titles.update(this);
	}

	/** The announcement shown; null when there is none. */
	@Nullable Announcement shown() {
		return this.announcement;
	}

	/** Sets the texts of the page's way back in the current language. */
	abstract void translateWayBack();

}
