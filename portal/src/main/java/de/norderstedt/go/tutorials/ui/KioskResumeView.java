package de.norderstedt.go.tutorials.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.tutorials.LearningService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Continue a tutorial at the kiosk with a code typed on the on-screen keyboard. */
@Route("kiosk/lernen/fortsetzen")
@AnonymousAllowed
class KioskResumeView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final ResumeForm form;

	private final Button back = new Button();

	KioskResumeView(LearningService learning, RateLimits rateLimits) {
		this.form = new ResumeForm(learning, rateLimits, code -> ResumeView.open(learning, code, "kiosk/lernen"));
		addClassName("kiosk-task");
		this.back.addClickListener(e -> UI.getCurrent().navigate(KioskTutorialsView.class));
		Div actions = new Div(this.back);
		actions.addClassName("kiosk-actions");
		add(this.heading, this.intro, this.form, actions);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("tutorials.resume.heading"));
		this.intro.setText(getTranslation("tutorials.resume.kiosk"));
		this.back.setText(getTranslation("kiosk.back"));
		this.form.texts();
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "tutorials.resume.heading");
	}

}
