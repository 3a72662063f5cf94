package de.norderstedt.go.privacy.ui;

import de.norderstedt.go.pages.PageTexts;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The Impressum at a public touchscreen, in the kiosk frame (which has the way back to
 * the start).
 */
@Route("kiosk/impressum")
@AnonymousAllowed
public class KioskImprintView extends LegalPage {

	KioskImprintView(PageTexts pages) {
		super(pages, "imprint", "privacy.imprint.title", null, true);
		addClassName("kiosk-legal-page");
	}

}
