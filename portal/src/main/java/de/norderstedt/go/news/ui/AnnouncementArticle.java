package de.norderstedt.go.news.ui;

import java.time.Instant;
import java.util.Locale;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One announcement as residents see it: a warning said in words, the title, when, which
 * areas and districts, the picture with its description, and the text with its simple
 * formatting. The editors' preview uses the very same component.
 */
class AnnouncementArticle extends Article {

	/** Where the picture comes from: the public address, or the form's upload. */
	sealed interface Picture {

		record Published(long announcementId) implements Picture {
		}

		record Uploaded(DownloadHandler handler) implements Picture {
		}

		/**
		 * The picture itself as a {@code data:} address (a copy kept without the server).
		 */
		record Embedded(String dataUrl) implements Picture {
		}

	}

	AnnouncementArticle(Announcement announcement, Locale locale, boolean pageHeading, @Nullable Picture picture) {
		addClassName("news-article");
		boolean german = announcement.isGerman(locale);
		boolean pageInEnglish = "en".equals(Texts.supported(locale).getLanguage());
		if (announcement.urgent()) {
			Paragraph warning = new Paragraph(new Span(Texts.get("news.warning", locale)));
			warning.addClassName("news-warning");
			add(warning);
		}
		Component title = pageHeading ? new H1(announcement.title(locale)) : new H2(announcement.title(locale));
		if (german && pageInEnglish) {
			// the English page shows the German original: screen readers switch voice
			title.getElement().setAttribute("lang", "de");
		}
		add(title);
		Instant shown = announcement.publishedAt() != null ? announcement.publishedAt() : announcement.publishAt();
		Div facts = new Div(fact(Texts.get("news.facts.date", locale), NewsTexts.when(shown, locale)),
				fact(Texts.get("news.facts.topics", locale), NewsTexts.topics(announcement.topics(), locale)),
				fact(Texts.get("news.facts.districts", locale), NewsTexts.districts(announcement.districts(), locale)));
		facts.addClassName("news-facts");
		add(facts);
		if (german && pageInEnglish) {
			Paragraph onlyGerman = new Paragraph(Texts.get("news.only-german", locale));
			onlyGerman.addClassName("news-note");
			add(onlyGerman);
		}
		String alt = announcement.imageAlt(locale);
		if (picture != null && announcement.hasImage() && alt != null) {
			Image image = switch (picture) {
				case Picture.Published p -> new Image(NewsService.imageUrl(p.announcementId()), alt);
				case Picture.Uploaded u -> new Image(u.handler(), alt);
				case Picture.Embedded e -> new Image(e.dataUrl(), alt);
			};
			image.addClassName("news-image");
			add(image);
		}
		Div body = new Div();
		body.addClassName("news-body");
		body.addClassName("prose");
		SimpleText.render(announcement.body(locale)).forEach(body::add);
		if (german && pageInEnglish) {
			body.getElement().setAttribute("lang", "de");
		}
		add(body);
	}

	private static Paragraph fact(String label, String value) {
		Span name = new Span(label);
		name.addClassName("fact-label");
		Paragraph fact = new Paragraph(name, new Span(" " + value));
		return fact;
	}

	/** The title element, to focus or to read. */
	static String plainText(Announcement announcement, Locale locale) {
		return announcement.title(locale) + ". " + SimpleText.plain(announcement.body(locale));
	}

}
