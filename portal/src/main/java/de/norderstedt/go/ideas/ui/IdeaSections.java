package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ideas.ContactData;
import de.norderstedt.go.ideas.IdeaDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * An idea's own words as its pages show them: the problem, the idea and who would
 * benefit, each under its question, kept as the person typed them (line breaks too),
 * except phone numbers and e-mail addresses, which are held back with a note in their
 * place (only moderators see them, to ask the author for a change).
 */
final class IdeaSections {

	private IdeaSections() {
	}

	static Section[] of(Component texts, IdeaDetails idea) {
		return sections(texts, idea, true);
	}

	/** The texts as the author typed them, contact data included: for moderators. */
	static Section[] original(Component texts, IdeaDetails idea) {
		return sections(texts, idea, false);
	}

	private static Section[] sections(Component texts, IdeaDetails idea, boolean holdBack) {
		return new Section[] { part(texts, "ideas.field.problem", idea.problem(), holdBack),
				part(texts, "ideas.field.proposal", idea.proposal(), holdBack),
				part(texts, "ideas.field.beneficiaries", idea.beneficiaries(), holdBack) };
	}

	private static Section part(Component texts, String headingKey, String text, boolean holdBack) {
		Paragraph body = new Paragraph(
				holdBack ? ContactData.heldBack(text, texts.getTranslation("ideas.contact.held-back")) : text);
		body.addClassName("idea-text");
		return new Section(new H2(texts.getTranslation(headingKey)), body);
	}

}
