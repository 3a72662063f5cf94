package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * One offer on a kiosk screen: a big card with a title and a line of text that is one
 * link, followed inside the page without loading it anew.
 */
public class KioskCard extends Anchor {

	private final Span title;

	public KioskCard(String path, String title, String text) {
		super(path);
		this.title = new Span(title);
		this.title.addClassName("kiosk-offer-title");
		Span line = new Span(text);
		line.addClassName("kiosk-offer-text");
		add(this.title, line);
		addClassName("kiosk-offer");
		getElement().setAttribute("router-link", true);
	}

	/** Marks the title as written in another language than the page (e.g. "de"). */
	public KioskCard titleIn(String language) {
		this.title.getElement().setAttribute("lang", language);
		return this;
	}

}
