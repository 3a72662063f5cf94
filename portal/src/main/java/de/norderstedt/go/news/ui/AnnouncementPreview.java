package de.norderstedt.go.news.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsImage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * An announcement exactly as residents will see it, in German and in English, with the
 * picture not yet stored; or a withdrawn one as it was shown. Hidden until there is
 * something to show.
 */
class AnnouncementPreview extends Section {

	AnnouncementPreview() {
		addClassName("news-preview");
		setVisible(false);
	}

	/** The draft in both languages; the preview's heading takes the focus. */
	void show(Announcement draft, @Nullable NewsImage image) {
		removeAll();
		H2 previewHeading = new H2(getTranslation("news.preview.heading"));
		previewHeading.setId("news-preview-heading");
		previewHeading.getElement().setAttribute("tabindex", "-1");
		getElement().setAttribute("aria-labelledby", "news-preview-heading");
		add(previewHeading, new Paragraph(getTranslation("news.preview.text")));
		AnnouncementArticle.Picture picture = picture(image);
		Div german = new Div(new H3(getTranslation("news.preview.german")),
				new AnnouncementArticle(draft, Locale.GERMAN, false, picture));
		german.getElement().setAttribute("lang", "de");
		german.addClassName("news-preview-frame");
		Div english = new Div(new H3(getTranslation("news.preview.english")),
				new AnnouncementArticle(draft, Locale.ENGLISH, false, picture));
		english.getElement().setAttribute("lang", "en");
		english.addClassName("news-preview-frame");
		add(german, english);
		setVisible(true);
		previewHeading.getElement().callJsFunction("focus");
	}

	/** A withdrawn announcement as it was shown, with its picture. */
	void showWithdrawn(Announcement a, Locale locale, @Nullable NewsImage image) {
		removeAll();
		getElement().removeAttribute("aria-labelledby");
		add(new AnnouncementArticle(a, locale, false, picture(image)));
		setVisible(true);
	}

	private static AnnouncementArticle.@Nullable Picture picture(@Nullable NewsImage image) {
		return image == null ? null : new AnnouncementArticle.Picture.Uploaded(handler(image));
	}

	private static DownloadHandler handler(NewsImage image) {
		byte[] data = image.data();
		String type = image.mediaType();
		return DownloadHandler
			.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(data),
					"vorschau." + type.substring(type.indexOf('/') + 1), type, data.length))
			.inline();
	}

}
