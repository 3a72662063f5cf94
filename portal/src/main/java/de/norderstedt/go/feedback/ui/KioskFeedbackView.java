package de.norderstedt.go.feedback.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.feedback.FeedbackRequest;
import de.norderstedt.go.feedback.FeedbackService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Feedback at a public touchscreen, one question per screen: what is hard to use, the
 * name (optional), how to reach the person (optional). Typed with the on-screen keyboard.
 */
@Route("kiosk/rueckmeldung")
@AnonymousAllowed
public class KioskFeedbackView extends Div implements HasDynamicTitle, LocaleChangeObserver, ContinuesOnPhone {

	private static final int STEPS = 3;

	private final FeedbackService feedback;

	private final Paragraph progress = new Paragraph();

	private final H1 heading = new H1();

	private final Paragraph help = new Paragraph();

	private final TextArea message = new TextArea();

	private final TextField name = new TextField();

	private final TextField contact = new TextField();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("message", this.message)
		.field("name", this.name)
		.field("contact", this.contact);

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	private final PurposeNote purpose = new PurposeNote("privacy.purpose.feedback");

	private int step = 1;

	private String thanksName = "";

	private final RateLimits rateLimits;

	public KioskFeedbackView(FeedbackService feedback, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.feedback = feedback;
		addClassName("kiosk-task");
		this.progress.addClassName("kiosk-progress");
		this.message.setMinRows(3);
		this.name.setAutocomplete(Autocomplete.OFF);
		this.contact.setAutocomplete(Autocomplete.OFF);
		this.status.setId("kiosk-feedback-status");
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.back.addClickListener(e -> show(this.step - 1));
		this.actions.addClassName("kiosk-actions");
		add(this.progress, this.heading, this.help, this.message, this.name, this.contact, this.purpose, this.alert,
				this.status, this.actions);
		show(1);
	}

	private void next() {
		// each step is checked as sending would, so a mistake shows where it was made
		FeedbackRequest request = request();
		if (!this.refusals.attempt(() -> this.feedback.check(request))) {
			return;
		}
		if (this.step < STEPS) {
			show(this.step + 1);
			return;
		}
		send(request);
	}

	private FeedbackRequest request() {
		return new FeedbackRequest(this.message.getValue(), this.name.getValue(), this.contact.getValue(),
				"/kiosk/rueckmeldung", getLocale().getLanguage());
	}

	private void send(FeedbackRequest request) {
		try {
			this.rateLimits.check(RateLimit.FEEDBACK);
			this.feedback.submit(request);
		}
		catch (Refusal refusal) {
			show(stepOf(refusal));
			this.refusals.show(refusal);
			return;
		}
		this.thanksName = this.name.getValue().strip();
		this.message.clear();
		this.name.clear();
		this.contact.clear();
		show(STEPS + 1);
	}

	/** The step that asks for the field a refusal concerns. */
	private static int stepOf(Refusal refusal) {
		return switch (refusal.field().orElse("message")) {
			case "name" -> 2;
			case "contact" -> 3;
			default -> 1;
		};
	}

	private void show(int step) {
		this.step = Math.max(1, step);
		this.refusals.clear();
		this.status.clear();
		this.message.setVisible(this.step == 1);
		this.name.setVisible(this.step == 2);
		this.contact.setVisible(this.step == 3);
		this.purpose.setVisible(this.step == 2 || this.step == 3);
		this.back.setVisible(this.step > 1 && this.step <= STEPS);
		this.next.setVisible(this.step <= STEPS);
		this.progress.setVisible(this.step <= STEPS);
		this.help.setVisible(this.step <= STEPS);
		texts();
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
	}

	private void texts() {
		this.progress.setText(getTranslation("kiosk.step", this.step, STEPS));
		this.back.setText(getTranslation("kiosk.back"));
		this.next.setText(getTranslation(this.step == STEPS ? "feedback.send" : "kiosk.next"));
		this.message.setLabel(getTranslation("feedback.message"));
		this.name.setLabel(getTranslation("kiosk.feedback.name"));
		this.contact.setLabel(getTranslation("feedback.contact"));
		switch (this.step) {
			case 1 -> {
				this.heading.setText(getTranslation("kiosk.feedback.step1"));
				this.help.setText(getTranslation("kiosk.feedback.step1.help"));
			}
			case 2 -> {
				this.heading.setText(getTranslation("kiosk.feedback.step2"));
				this.help.setText(getTranslation("kiosk.feedback.step2.help"));
			}
			case 3 -> {
				this.heading.setText(getTranslation("kiosk.feedback.step3"));
				this.help.setText(getTranslation("feedback.contact.help"));
			}
			default -> {
				this.heading.setText(this.thanksName.isEmpty() ? getTranslation("kiosk.feedback.thanks")
						: getTranslation("kiosk.feedback.thanks-name", this.thanksName));
				this.status.show(getTranslation("kiosk.feedback.done"));
			}
		}
	}

	@Override
	public String portalPath() {
		return "/barrierefreiheit#feedback";
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.offer.feedback");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
		Titles.update(this);
	}

}
