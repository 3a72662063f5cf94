package de.norderstedt.go.ideas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How much of a project is done: a bar, and the same in words ("40 % erledigt") that is
 * read aloud and shown, so nobody has to judge a length.
 */
final class ProjectProgress {

	private ProjectProgress() {
	}

	static Div of(Component texts, int percent) {
		String words = texts.getTranslation("ideas.project.progress", percent);
		Div fill = new Div();
		fill.addClassName("project-progress-fill");
		fill.getStyle().set("width", percent + "%");
		Div bar = new Div(fill);
		bar.addClassName("project-progress-bar");
		bar.getElement().setAttribute("role", "progressbar");
		bar.getElement().setAttribute("aria-label", texts.getTranslation("ideas.project.progress.label"));
		bar.getElement().setAttribute("aria-valuemin", "0");
		bar.getElement().setAttribute("aria-valuemax", "100");
		bar.getElement().setAttribute("aria-valuenow", String.valueOf(percent));
		bar.getElement().setAttribute("aria-valuetext", words);
		Paragraph text = new Paragraph(words);
		text.addClassName("project-progress-text");
		Div progress = new Div(bar, text);
		progress.addClassName("project-progress");
		return progress;
	}

}
