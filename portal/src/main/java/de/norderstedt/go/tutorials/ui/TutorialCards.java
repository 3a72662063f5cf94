package de.norderstedt.go.tutorials.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.tutorials.Progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The tutorials as cards: title, what one learns, topic, level, time, and for signed-in
 * learners how far they are. In the portal each title is a link; at the kiosk each card
 * is one big button.
 */
final class TutorialCards {

	private TutorialCards() {
	}

	static UnorderedList of(Component owner, Locale locale, List<Tutorial> tutorials, Map<String, Progress> progress,
			boolean kiosk) {
		UnorderedList list = new UnorderedList();
		list.addClassName(kiosk ? "kiosk-tutorial-list" : "tutorial-list");
		for (Tutorial tutorial : tutorials) {
			Progress mine = progress.get(tutorial.slug());
			int step = mine == null || mine.finished() ? 0 : tutorial.indexOf(mine.step()).orElse(0);
			String path = TutorialPlayers.path(kiosk ? "kiosk/lernen" : "lernen", tutorial.slug(), step,
					tutorial.steps().size());
			String facts = owner.getTranslation(TutorialTexts.topicKey(tutorial.topic())) + " · "
					+ owner.getTranslation(TutorialTexts.levelKey(tutorial.level())) + " · "
					+ owner.getTranslation("tutorials.minutes", tutorial.minutes()) + " · "
					+ owner.getTranslation("tutorials.steps", tutorial.steps().size());
			String state = mine == null ? null : mine.finished() ? owner.getTranslation("tutorials.state.finished")
					: owner.getTranslation("tutorials.state.started", step + 1, tutorial.steps().size());
			if (kiosk) {
				NativeButton card = new NativeButton();
				card.addClassName("kiosk-tutorial");
				card.add(line("kiosk-tutorial-title", tutorial.title().in(locale)),
						line("kiosk-tutorial-summary", tutorial.summary().in(locale)),
						line("kiosk-tutorial-facts", facts));
				card.addClickListener(e -> UI.getCurrent().navigate(path));
				list.add(new ListItem(card));
			}
			else {
				H2 title = new H2(new RouterLink(tutorial.title().in(locale), TutorialView.class,
						new RouteParameters(Map.of("slug", tutorial.slug(), "step",
								TutorialPlayers.stepParameter(step, tutorial.steps().size())))));
				ListItem item = new ListItem(title, new Paragraph(tutorial.summary().in(locale)));
				Paragraph factLine = new Paragraph(facts);
				factLine.addClassName("tutorial-facts");
				item.add(factLine);
				if (state != null) {
					Paragraph stateLine = new Paragraph(state);
					stateLine.addClassName(mine.finished() ? "tutorial-state-finished" : "tutorial-state");
					item.add(stateLine);
				}
				item.addClassName("tutorial-card");
				list.add(item);
			}
		}
		return list;
	}

	private static Span line(String className, String text) {
		Span span = new Span(text);
		span.addClassName(className);
		return span;
	}

}
