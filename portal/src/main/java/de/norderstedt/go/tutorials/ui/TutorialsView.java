package de.norderstedt.go.tutorials.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.tutorials.LearningService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Lernen": every tutorial, and for signed-in learners how far they are in each. */
@Route("lernen")
@AnonymousAllowed
public class TutorialsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LearningService learning;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final RouterLink resume = new RouterLink();

	private final Div list = new Div();

	TutorialsView(LearningService learning) {
		this.learning = learning;
		addClassName("page");
		this.intro.addClassName("lead");
		this.resume.setRoute(ResumeView.class);
		this.resume.addClassName("action-link");
		add(this.heading, this.intro, new Paragraph(this.resume), this.list);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("tutorials.heading"));
		this.intro.setText(getTranslation("tutorials.intro"));
		this.resume.setText(getTranslation("tutorials.resume.link"));
		this.list.removeAll();
		UnorderedList cards = TutorialCards.of(this, getLocale(), this.learning.tutorials(), this.learning.myProgress(),
				false);
		this.list.add(cards);
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "tutorials.title");
	}

}
