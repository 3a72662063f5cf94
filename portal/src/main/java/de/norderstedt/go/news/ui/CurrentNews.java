package de.norderstedt.go.news.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.KioskCard;

/**
 * The three latest announcements for the kiosk start screen: big buttons with the title,
 * a warning said in words, and the date, each opening the announcement on the kiosk.
 * Nothing personal. Hidden when there is no news.
 */
public class CurrentNews extends Section implements LocaleChangeObserver {

	/** How many the kiosk start screen shows. */
	public static final int SHOWN = 3;

	private final NewsService news;

	private final Clock clock;

	private final H2 heading = new H2();

	private final UnorderedList list = new UnorderedList();

	public CurrentNews(NewsService news, Clock clock) {
		this.news = news;
		this.clock = clock;
		addClassName("kiosk-news");
		this.heading.setId("kiosk-news-heading");
		getElement().setAttribute("aria-labelledby", "kiosk-news-heading");
		this.list.addClassName("kiosk-offers");
		add(this.heading, this.list);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		show(attachEvent.getUI().getLocale());
	}

	private void show(Locale locale) {
		this.heading.setText(getTranslation("news.kiosk.heading"));
		this.list.removeAll();
		List<Announcement> latest = NewsView.ordered(this.news.current(SHOWN * 4), this.clock.instant())
			.stream()
			.limit(SHOWN)
			.toList();
		for (Announcement announcement : latest) {
			String date = CityTime.longDay(
					announcement.publishedAt() == null ? announcement.publishAt() : announcement.publishedAt(), locale);
			KioskCard card = new KioskCard("kiosk/neuigkeiten/" + announcement.id(), announcement.title(locale),
					announcement.urgent() ? getTranslation("news.kiosk.warning-on", date)
							: getTranslation("news.kiosk.on", date));
			if (announcement.isGerman(locale) && "en".equals(locale.getLanguage())) {
				card.titleIn("de");
			}
			if (announcement.urgent()) {
				card.addClassName("news-urgent");
			}
			this.list.add(new ListItem(card));
		}
		setVisible(!latest.isEmpty());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
	}

}
