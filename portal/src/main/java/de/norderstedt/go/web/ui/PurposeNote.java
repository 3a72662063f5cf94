package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The short sentence beside a form that asks for personal data: what it is needed for,
 * and a link to the privacy notice (the kiosk's own page on a kiosk screen).
 */
public final class PurposeNote extends Paragraph implements LocaleChangeObserver {

	private final String purposeKey;

	private final Span purpose = new Span();

	private final Anchor link = new Anchor();

	/**
	 * @param purposeKey the text key of the purpose sentence
	 */
	public PurposeNote(String purposeKey) {
		this.purposeKey = purposeKey;
		addClassName("privacy-purpose");
		// the router follows the link inside the page: no reload, the visit goes on
		this.link.getElement().setAttribute("router-link", true);
		add(this.purpose, new Span(" "), this.link);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		String path = event.getUI().getInternals().getActiveViewLocation().getPath();
		this.link.setHref(path.equals("kiosk") || path.startsWith("kiosk/") ? "kiosk/datenschutz" : "datenschutz");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.purpose.setText(getTranslation(this.purposeKey));
		this.link.setText(getTranslation("privacy.purpose.link"));
	}

}
