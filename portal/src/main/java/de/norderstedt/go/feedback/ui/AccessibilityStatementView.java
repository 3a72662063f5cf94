package de.norderstedt.go.feedback.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.feedback.FeedbackRequest;
import de.norderstedt.go.feedback.FeedbackService;
import de.norderstedt.go.pages.PageTexts;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0) with the
 * feedback form it requires: anyone can tell us about a barrier, with or without an
 * account.
 */
@Route("barrierefreiheit")
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PageTexts pages;

	private final FeedbackService feedback;

	private final H1 heading = new H1();

	private final Div statement = new Div();

	private final H2 formHeading = new H2();

	private final Paragraph formIntro = new Paragraph();

	private final TextArea message = new TextArea();

	private final TextField contact = new TextField();

	private final Button send = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("message", this.message)
		.field("contact", this.contact);

	private final RateLimits rateLimits;

	AccessibilityStatementView(PageTexts pages, FeedbackService feedback, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.pages = pages;
		this.feedback = feedback;
		addClassName("page");
		this.message.setRequired(true);
		this.message.setMinRows(4);
		this.send.addThemeName("primary");
		this.send.addClickListener(e -> send());
		this.status.setId("feedback-status");
		Div form = new Div(this.message, this.contact, new PurposeNote("privacy.purpose.feedback"), this.alert,
				this.send, this.status);
		form.addClassName("form");
		Section formSection = new Section(this.formHeading, this.formIntro, form);
		formSection.setId("feedback");
		add(this.heading, this.statement, formSection);
	}

	private void send() {
		this.status.clear();
		String page = getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())
			.orElse(null);
		boolean sent = this.refusals.attempt(() -> {
			this.rateLimits.check(RateLimit.FEEDBACK);
			this.feedback.submit(new FeedbackRequest(this.message.getValue(), null, this.contact.getValue(), page,
					getLocale().getLanguage()));
		});
		if (sent) {
			this.message.clear();
			this.contact.clear();
			// an emptied required field is not a mistake right after sending
			this.message.setInvalid(false);
			this.status.show(getTranslation("feedback.sent"));
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "statement.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("statement.title"));
		this.statement.removeAll();
		this.statement.add(new Html(this.pages.html("accessibility-statement", event.getLocale().getLanguage())));
		this.formHeading.setText(getTranslation("feedback.heading"));
		this.formIntro.setText(getTranslation("feedback.intro"));
		this.message.setLabel(getTranslation("feedback.message"));
		this.message.setHelperText(getTranslation("feedback.message.help", FeedbackService.MAX_MESSAGE_LENGTH));
		this.contact.setLabel(getTranslation("feedback.contact"));
		this.contact.setHelperText(getTranslation("feedback.contact.help"));
		this.send.setText(getTranslation("feedback.send"));
		Titles.update(this);
	}

}
