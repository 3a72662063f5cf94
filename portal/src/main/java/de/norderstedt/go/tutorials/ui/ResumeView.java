package de.norderstedt.go.tutorials.ui;

import java.util.List;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.ResumeCode;

import com.vaadin.flow.component.UI;
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
 * Continue a tutorial with a code from another device ({@code /lernen/fortsetzen}); the
 * QR code of the code opens this page with {@code ?code=} and goes straight on.
 */
@Route("lernen/fortsetzen")
@AnonymousAllowed
class ResumeView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final ResumeForm form;

	private final LearningService learning;

	ResumeView(LearningService learning, RateLimits rateLimits) {
		this.learning = learning;
		this.form = new ResumeForm(learning, rateLimits, code -> open(learning, code, "lernen"));
		addClassName("page");
		this.intro.addClassName("lead");
		add(this.heading, this.intro, this.form);
	}

	/** Opens the step of a code. */
	static void open(LearningService learning, ResumeCode code, String base) {
		UI.getCurrent().navigate(address(learning, code, base));
	}

	/** The address of a code's step. */
	private static String address(LearningService learning, ResumeCode code, String base) {
		Tutorial tutorial = learning.tutorial(code.tutorial()).orElseThrow();
		return TutorialPlayers.path(base, code.tutorial(), tutorial.indexOf(code.step()).orElse(0),
				tutorial.stepsOrEmpty().size());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
		if (!codes.isEmpty()) {
			this.form.find(codes.getFirst()).ifPresent(code -> event.forwardTo(address(this.learning, code, "lernen")));
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("tutorials.resume.heading"));
		this.intro.setText(getTranslation("tutorials.resume.intro"));
		this.form.texts();
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "tutorials.resume.heading");
	}

}
