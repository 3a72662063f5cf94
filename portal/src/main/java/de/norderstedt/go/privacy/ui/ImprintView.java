package de.norderstedt.go.privacy.ui;

import de.norderstedt.go.pages.PageTexts;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The Impressum: who runs the platform and how to reach them. */
@Route("impressum")
@AnonymousAllowed
public class ImprintView extends LegalPage {

	ImprintView(PageTexts pages) {
		super(pages, "imprint", "privacy.imprint.title", null, false);
	}

}
