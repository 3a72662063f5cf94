package de.norderstedt.go.ideas.ui;

import java.util.Locale;

import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.TimelineEntry;
import de.norderstedt.go.web.CityTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Where an idea stands, for its author: its state, their words, its way so far with every
 * reason (published or not) and, once it is a project, the project's milestones (which
 * reach people with an account by message; a person with a receipt code reads them here).
 */
final class IdeaStatusCard {

	private IdeaStatusCard() {
	}

	static Div of(Component texts, IdeaDetails idea, ProjectService projects, Locale locale) {
		Div card = new Div();
		card.addClassName("card");
		card.add(new H2(idea.title()));
		card.add(new Paragraph(
				texts.getTranslation("ideas.page.state", texts.getTranslation(idea.state().messageKey()))));
		if (!idea.isPublished() && idea.state() == IdeaState.SUBMITTED) {
			card.add(new Paragraph(texts.getTranslation("ideas.receipt.not-public")));
		}
		// the author's own words, as they wrote them
		card.add(IdeaSections.original(texts, idea));
		OrderedList steps = new OrderedList();
		steps.addClassName("idea-timeline");
		for (TimelineEntry entry : idea.timeline()) {
			steps.add(new ListItem(
					new Paragraph(texts.getTranslation("ideas.page.timeline.entry",
							texts.getTranslation(entry.to().messageKey()), CityTime.longDay(entry.at(), locale))),
					new Paragraph(entry.justification())));
		}
		card.add(new H2(texts.getTranslation("ideas.page.timeline")), steps);
		projects.ofIdea(idea.id()).ifPresent(project -> {
			card.add(new H2(texts.getTranslation("ideas.receipt.project", project.title())),
					ProjectProgress.of(texts, project.percentDone()), ProjectView.milestones(texts, project, locale));
		});
		return card;
	}

}
