package de.norderstedt.go.tutorials.ui;

import de.norderstedt.go.accessibility.ui.Titles;
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

/** The tutorials at the kiosk: one big button each, and continuing with a code. */
@Route("kiosk/lernen")
@AnonymousAllowed
class KioskTutorialsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LearningService learning;

	private final H1 heading = new H1();

	private final Paragraph help = new Paragraph();

	private final Div list = new Div();

	private final Button resume = new Button();

	private final Button back = new Button();

	KioskTutorialsView(LearningService learning) {
		this.learning = learning;
		addClassName("kiosk-task");
		this.resume.addClickListener(e -> UI.getCurrent().navigate(KioskResumeView.class));
		this.back.addClickListener(e -> UI.getCurrent().navigate("kiosk/start"));
		Div actions = new Div(this.back, this.resume);
		actions.addClassName("kiosk-actions");
		add(this.heading, this.help, this.list, actions);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("tutorials.heading"));
		this.help.setText(getTranslation("tutorials.kiosk.help"));
		this.resume.setText(getTranslation("tutorials.resume.link"));
		this.back.setText(getTranslation("kiosk.back"));
		this.list.removeAll();
		this.list.add(TutorialCards.of(this, getLocale(), this.learning.tutorials(), this.learning.myProgress(), true));
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "tutorials.title");
	}

}
