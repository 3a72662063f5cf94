package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ideas.IdeaDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * An idea's own words as its pages show them: the problem, the idea and who would
 * benefit, each under its question, kept as the person typed them (line breaks too).
 */
final class IdeaSections {

	private IdeaSections() {
	}

	static Section[] of(Component texts, IdeaDetails idea) {
		return new Section[] { part(texts, "ideas.field.problem", idea.problem()),
				part(texts, "ideas.field.proposal", idea.proposal()),
				part(texts, "ideas.field.beneficiaries", idea.beneficiaries()) };
	}

	private static Section part(Component texts, String headingKey, String text) {
		Paragraph body = new Paragraph(text);
		body.addClassName("idea-text");
		return new Section(new H2(texts.getTranslation(headingKey)), body);
	}

}
