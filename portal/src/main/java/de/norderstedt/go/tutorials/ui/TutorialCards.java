package de.norderstedt.go.tutorials.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import de.norderstedt.go.content.Text;
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
			// validated content: slug, topic and level are there
			String slug = Objects.requireNonNull(tutorial.slug());
			int steps = tutorial.stepsOrEmpty().size();
			Progress mine = progress.get(slug);
			int step = mine == null || mine.finished() ? 0 : tutorial.indexOf(mine.step()).orElse(0);
			String path = TutorialPlayers.path(kiosk ? "kiosk/lernen" : "lernen", slug, step, steps);
			String facts = owner.getTranslation(TutorialTexts.topicKey(Objects.requireNonNull(tutorial.topic())))
					+ " · " + owner.getTranslation(TutorialTexts.levelKey(Objects.requireNonNull(tutorial.level())))
					+ " · " + owner.getTranslation("tutorials.minutes", tutorial.minutes()) + " · "
					+ owner.getTranslation("tutorials.steps", steps);
			String state = mine == null ? null : mine.finished() ? owner.getTranslation("tutorials.state.finished")
					: owner.getTranslation("tutorials.state.started", step + 1, steps);
			if (kiosk) {
				NativeButton card = new NativeButton();
				card.addClassName("kiosk-tutorial");
				card.add(line("kiosk-tutorial-title", Text.in(tutorial.title(), locale)),
						line("kiosk-tutorial-summary", Text.in(tutorial.summary(), locale)),
						line("kiosk-tutorial-facts", facts));
				card.addClickListener(e -> UI.getCurrent().navigate(path));
				list.add(new ListItem(card));
			}
			else {
				H2 title = new H2(new RouterLink(Text.in(tutorial.title(), locale), TutorialView.class,
						new RouteParameters(Map.of("slug", slug, "step", TutorialPlayers.stepParameter(step, steps)))));
				ListItem item = new ListItem(title, new Paragraph(Text.in(tutorial.summary(), locale)));
				Paragraph factLine = new Paragraph(facts);
				factLine.addClassName("tutorial-facts");
				item.add(factLine);
				if (mine != null && state != null) {
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
