package de.norderstedt.go.web.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.jsoup.nodes.Entities;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page as one plain HTML file: no script, its style inside, pictures as {@code data:}
 * addresses, so a browser shows it without the server and without Vaadin's client (the
 * copies of pages the installed app keeps for use without a connection, and its offline
 * page). The content is made of Vaadin's plain HTML components, whose texts are escaped
 * as on every page; only elements that need no script may be used.
 */
public final class PlainPage {

	/**
	 * The portal's colours (go.css) and its rules for 200 % text and high contrast, for a
	 * page that has no go.css.
	 */
	private static final String STYLE = """
			html{font-size:100%;color:#1a1a1a;background:#fff;line-height:1.6;\
			font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
			html[data-text-size="125"]{font-size:125%}html[data-text-size="150"]{font-size:150%}\
			html[data-text-size="200"]{font-size:200%}
			body{margin:0}
			.bar{background:#00417c;color:#fff;padding:.75rem 1rem;font-weight:700;font-size:1.25rem}
			main{box-sizing:border-box;max-width:42rem;margin:0 auto;padding:1rem 1rem 3rem;font-size:1.125rem;\
			overflow-wrap:break-word}
			h1{font-size:1.75rem;line-height:1.25;margin:1rem 0}h2{font-size:1.375rem;line-height:1.3;margin:1.25rem 0 .5rem}
			a{color:#00529c}
			.action-link{display:inline-flex;align-items:center;min-height:3rem;font-weight:600}
			.ticket{border:2px solid #6b6b6b;border-radius:.5rem;padding:0 1rem;margin:1rem 0}
			.qr-code{display:block;box-sizing:border-box;width:min(100%,20rem);height:auto;margin:1rem 0;background:#fff}
			.ticket-code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:1.5rem;font-weight:700;\
			letter-spacing:.1em}
			.ticket-state{font-weight:700}
			.note{border-left:.375rem solid #00529c;background:#f3f5f8;padding:.75rem 1rem}
			.news-image{display:block;max-width:100%;height:auto}
			.news-warning{font-weight:700;color:#b00020}
			ul.saved{padding-left:1.25rem}ul.saved li{margin:.5rem 0}
			html[data-contrast="high"]{color:#000}html[data-contrast="high"] .bar{background:#000}
			html[data-contrast="high"] a{color:#00007a}html[data-contrast="high"] .ticket{border-color:#000}
			html[data-contrast="high"] .note{border-color:#000;background:#fff}
			html[data-contrast="high"] .news-warning{color:#8a0000}
			@media (prefers-contrast:more){html{color:#000}.bar{background:#000}a{color:#00007a}.ticket{border-color:#000}}
			@media print{.bar{display:none}}
			""";

	/**
	 * The header of a copy that says until when the browser keeps it (an ISO-8601
	 * instant); scripts/app.js and the service worker read it.
	 */
	public static final String KEPT_UNTIL = "Go-Kept-Until";

	private final String title;

	private final Locale locale;

	private final List<Component> content = new ArrayList<>();

	private int textSize = 100;

	private boolean highContrast;

	private PlainPage(String title, Locale locale) {
		this.title = title;
		this.locale = Texts.supported(locale);
	}

	/** A page with this title (the browser's tab, and the list of saved pages). */
	public static PlainPage of(String title, Locale locale) {
		return new PlainPage(title, locale);
	}

	/** The person's text size in percent (100, 125, 150 or 200). */
	public PlainPage textSize(int percent) {
		this.textSize = percent;
		return this;
	}

	/** The person's high-contrast colours. */
	public PlainPage highContrast(boolean high) {
		this.highContrast = high;
		return this;
	}

	public PlainPage add(Component... components) {
		this.content.addAll(List.of(components));
		return this;
	}

	/** The note on a copy: when it was made, and that it does not change any more. */
	public static Paragraph savedAt(Instant when, Locale locale) {
		Paragraph note = new Paragraph(
				Texts.get("app.copy.saved", locale, CityTime.longDay(when, locale), CityTime.time(when, locale)));
		note.addClassName("note");
		return note;
	}

	/**
	 * The way back on a copy: the start page, or without a connection the list of saved
	 * pages (the offline page, which the service worker shows for every other page).
	 */
	public static Paragraph home(Locale locale) {
		Anchor home = new Anchor("/", Texts.get("app.copy.home", locale));
		home.addClassName("action-link");
		return new Paragraph(home);
	}

	/**
	 * A copy of a page for the person's browser alone: never kept by the server's or
	 * anyone else's cache, and kept by the app until {@code keptUntil}.
	 */
	public static ResponseEntity<String> copy(String html, Instant keptUntil) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(KEPT_UNTIL, keptUntil.toString())
			.body(html);
	}

	/** The whole page. */
	public String html() {
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(this.locale.getLanguage())
			.append("\" data-text-size=\"")
			.append(this.textSize)
			.append("\" data-contrast=\"")
			.append(this.highContrast ? "high" : "normal")
			.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"color-scheme\" content=\"light\">\n<title>")
			.append(escape(this.title))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<header class=\"bar\">Norderstedt GO!</header>\n<main id=\"main\">\n");
		this.content.forEach(component -> html.append(component.getElement().getOuterHTML()).append('\n'));
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

}
