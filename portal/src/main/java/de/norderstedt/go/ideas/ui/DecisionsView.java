package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.Round;
import de.norderstedt.go.ideas.RoundItem;
import de.norderstedt.go.ideas.RoundResults;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The published decisions of the working groups: the closed rounds, and for each every
 * idea with where it went, why, and the group's average score (never a single member's).
 */
@Route("ideen/entscheidungen/:id?")
@AnonymousAllowed
public class DecisionsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final EvaluationService evaluation;

	private @Nullable Round round;

	public DecisionsView(EvaluationService evaluation) {
		this.evaluation = evaluation;
		addClassName("page");
		addClassName("idea-decisions-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> id = event.getRouteParameters().get("id");
		this.round = id.isEmpty() ? null
				: event.getRouteParameters()
					.getLong("id")
					.flatMap(this.evaluation::publishedRound)
					.orElseThrow(NotFoundException::new);
	}

	private void show(Locale locale) {
		removeAll();
		Round shown = this.round;
		if (shown == null) {
			add(new H1(getTranslation("ideas.decisions.title")));
			Paragraph lead = new Paragraph(getTranslation("ideas.decisions.lead"));
			lead.addClassName("lead");
			add(lead);
			List<Round> rounds = this.evaluation.publishedRounds();
			if (rounds.isEmpty()) {
				add(new Paragraph(getTranslation("ideas.decisions.none")));
				return;
			}
			UnorderedList list = new UnorderedList();
			list.addClassName("idea-round-list");
			for (Round closed : rounds) {
				list.add(new ListItem(
						new RouterLink(closed.title(), DecisionsView.class,
								new RouteParameters("id", String.valueOf(closed.id()))),
						new Paragraph(facts(closed, locale))));
			}
			add(list);
			return;
		}
		add(new H1(getTranslation("ideas.decisions.round", shown.title())));
		Paragraph facts = new Paragraph(facts(shown, locale));
		facts.addClassName("lead");
		add(facts);
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-round-items");
		for (RoundItem item : this.evaluation.publishedDecisions(shown.id())) {
			ListItem entry = new ListItem();
			entry.addClassName("card");
			entry.add(new H2(new RouterLink(item.title(), IdeaView.class,
					new RouteParameters("id", String.valueOf(item.ideaId())))));
			IdeaState decision = item.decision();
			if (decision != null) {
				entry.add(new Paragraph(getTranslation("ideas.round.decided", getTranslation(decision.messageKey()),
						item.rationale())));
			}
			RoundResults results = item.results();
			if (results != null) {
				entry.add(new Paragraph(RoundTexts.results(this, results)));
			}
			list.add(entry);
		}
		add(list);
		RouterLink all = new RouterLink(getTranslation("ideas.decisions.all"), DecisionsView.class);
		all.addClassName("button-link");
		add(new Paragraph(all));
	}

	private String facts(Round closed, Locale locale) {
		return getTranslation("ideas.decisions.facts", closed.group().name(locale),
				closed.closedAt() == null ? "" : CityTime.longDay(closed.closedAt(), locale));
	}

	@Override
	public String getPageTitle() {
		Round shown = this.round;
		return shown == null ? Titles.of(this, "ideas.decisions.title")
				: getTranslation("ideas.decisions.round", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
