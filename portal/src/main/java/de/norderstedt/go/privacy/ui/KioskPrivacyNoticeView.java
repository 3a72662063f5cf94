package de.norderstedt.go.privacy.ui;

import de.norderstedt.go.pages.PageTexts;
import de.norderstedt.go.privacy.RetentionProperties;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The Datenschutzerklärung at a public touchscreen, in the kiosk frame (which has the way
 * back to the start).
 */
@Route("kiosk/datenschutz")
@AnonymousAllowed
public class KioskPrivacyNoticeView extends LegalPage {

	KioskPrivacyNoticeView(PageTexts pages, RetentionProperties retention) {
		super(pages, "privacy-notice", "privacy.notice.title", retention, true);
		addClassName("kiosk-legal-page");
	}

}
