package de.norderstedt.go.ideas.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.Criterion;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.Round;
import de.norderstedt.go.ideas.RoundItem;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A member scores one idea of their working group's round: every criterion on the 1–5
 * scale with what each level means, handed in once. Nobody's totals show before; a member
 * who knows the idea too well declares a conflict of interest instead and is left out.
 */
@Route("ideen/runden/:round/bewerten/:idea")
@PermitAll
public class ScoreView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final EvaluationService evaluation;

	private final IdeaService ideas;

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion conflictAlert = LiveRegion.alert();

	private final Map<Long, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();

	private final TextArea conflict = new TextArea();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	private final FormRefusals conflictRefusals = new FormRefusals(this.conflictAlert).field("conflict", this.conflict);

	private @Nullable Round round;

	private @Nullable IdeaDetails idea;

	private List<Criterion> criteria = List.of();

	public ScoreView(EvaluationService evaluation, IdeaService ideas) {
		this.evaluation = evaluation;
		this.ideas = ideas;
		addClassName("page");
		addClassName("idea-score-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		RouteParameters parameters = event.getRouteParameters();
		long ideaId = parameters.getLong("idea").orElseThrow(NotFoundException::new);
		Round shown = parameters.getLong("round").flatMap(this.evaluation::round).orElseThrow(NotFoundException::new);
		RoundItem item = this.evaluation.items(shown.id())
			.stream()
			.filter(i -> i.ideaId() == ideaId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (!shown.isOpen() || item.sheet() != RoundItem.Sheet.OPEN) {
			// nothing (more) to hand in: the round page shows where things stand
			event.forwardTo(RoundView.class, new RouteParameters("id", String.valueOf(shown.id())));
			return;
		}
		this.round = shown;
		this.idea = this.ideas.publishedIdea(ideaId).orElseThrow(NotFoundException::new);
		this.criteria = this.evaluation.criteria(shown.id()).criteria();
		this.scores.clear();
		for (Criterion criterion : this.criteria) {
			RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
			group.setItems(IntStream.rangeClosed(Criterion.LOWEST, Criterion.HIGHEST).boxed().toList());
			group.addClassName("idea-score-scale");
			this.scores.put(criterion.id(), group);
			this.refusals.field("criterion-" + criterion.id(), group);
		}
	}

	private void show(Locale locale) {
		Round shownRound = this.round;
		IdeaDetails shown = this.idea;
		if (shownRound == null || shown == null) {
			return;
		}
		removeAll();
		add(new H1(getTranslation("ideas.score.title", shown.title())));
		Paragraph lead = new Paragraph(
				getTranslation("ideas.score.lead", shownRound.title(), shownRound.group().name(locale)));
		lead.addClassName("lead");
		add(lead);
		add(IdeaSections.of(this, shown));

		Div form = new Div();
		form.addClassName("idea-form");
		for (Criterion criterion : this.criteria) {
			RadioButtonGroup<Integer> group = this.scores.get(criterion.id());
			if (group == null) {
				continue;
			}
			group.setLabel(getTranslation("ideas.score.criterion", criterion.name(locale), criterion.weight()));
			group.setHelperText(
					getTranslation(criterion.inverted() ? "ideas.score.inverted.help" : "ideas.score.normal.help"));
			group.setItemLabelGenerator(level -> level + " – " + criterion.level(level, locale));
			form.add(group);
		}
		Button send = new Button(getTranslation("ideas.score.send"), e -> send());
		send.addThemeName("primary");
		form.add(this.alert, send);
		add(new Section(new H2(getTranslation("ideas.score.heading")), form));

		this.conflict.setLabel(getTranslation("ideas.score.conflict.reason"));
		this.conflict.setHelperText(getTranslation("ideas.score.conflict.help"));
		Button declare = new Button(getTranslation("ideas.score.conflict.send"), e -> declare());
		Div conflictForm = new Div(this.conflict, this.conflictAlert, declare);
		conflictForm.addClassName("idea-form");
		add(new Section(new H2(getTranslation("ideas.score.conflict.heading")), conflictForm));

		RouterLink back = new RouterLink(getTranslation("ideas.score.back"), RoundView.class,
				new RouteParameters("id", String.valueOf(shownRound.id())));
		back.addClassName("button-link");
		add(new Paragraph(back));
	}

	private void send() {
		Round shownRound = this.round;
		IdeaDetails shown = this.idea;
		if (shownRound == null || shown == null) {
			return;
		}
		Map<Long, Integer> chosen = new LinkedHashMap<>();
		this.scores.forEach((criterion, group) -> {
			Integer value = group.getValue();
			if (value != null) {
				chosen.put(criterion, value);
			}
		});
		if (this.refusals.attempt(() -> this.evaluation.score(shownRound.id(), shown.id(), chosen))) {
			done(shownRound, "ideas.score.done");
		}
	}

	private void declare() {
		Round shownRound = this.round;
		IdeaDetails shown = this.idea;
		if (shownRound == null || shown == null) {
			return;
		}
		if (this.conflictRefusals
			.attempt(() -> this.evaluation.declareConflict(shownRound.id(), shown.id(), this.conflict.getValue()))) {
			done(shownRound, "ideas.score.conflict.done");
		}
	}

	private void done(Round shownRound, String messageKey) {
		UI.getCurrent()
			.navigate(RoundView.class, new RouteParameters("id", String.valueOf(shownRound.id())))
			.ifPresent(view -> view.announce(getTranslation(messageKey)));
	}

	@Override
	public String getPageTitle() {
		IdeaDetails shown = this.idea;
		return shown == null ? Titles.of(this, "ideas.rounds.title")
				: getTranslation("ideas.score.title", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
