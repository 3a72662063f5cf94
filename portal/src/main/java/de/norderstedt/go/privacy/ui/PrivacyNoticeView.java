package de.norderstedt.go.privacy.ui;

import de.norderstedt.go.pages.PageTexts;
import de.norderstedt.go.privacy.RetentionProperties;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The Datenschutzerklärung, with the retention periods in force. */
@Route("datenschutz")
@AnonymousAllowed
public class PrivacyNoticeView extends LegalPage {

	PrivacyNoticeView(PageTexts pages, RetentionProperties retention) {
		super(pages, "privacy-notice", "privacy.notice.title", retention, false);
	}

}
