package de.norderstedt.go.tutorials.ui;

import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.ScannedStep;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What the learner's own phone shows after scanning a scan practice's QR code
 * ({@code /lernen/gescannt/<token>}): it worked, and what a real code might show; the
 * tutorial screen moves on by itself.
 */
@Route("lernen/gescannt/:token")
@AnonymousAllowed
class ScannedView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final LearningService learning;

	private final H1 heading = new H1();

	private final Paragraph text = new Paragraph();

	private final Paragraph result = new Paragraph();

	private Optional<ScannedStep> scanned = Optional.empty();

	ScannedView(LearningService learning) {
		this.learning = learning;
		addClassName("page");
		this.text.addClassName("lead");
		add(this.heading, this.text, this.result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.scanned = this.learning.scanned(event.getRouteParameters().get("token").orElse(""));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		boolean worked = this.scanned.isPresent();
		this.heading.setText(getTranslation(worked ? "tutorials.scanned.heading" : "tutorials.scanned.unknown"));
		this.text.setText(getTranslation(worked ? "tutorials.scanned.text" : "tutorials.scanned.unknown.text"));
		this.result.setText(this.scanned.map(ScannedStep::step)
			.map(step -> step.practice() instanceof Practice.Scan scan ? Text.in(scan.result(), getLocale()) : "")
			.orElse(""));
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, this.scanned.isPresent() ? "tutorials.scanned.heading" : "tutorials.scanned.unknown");
	}

}
