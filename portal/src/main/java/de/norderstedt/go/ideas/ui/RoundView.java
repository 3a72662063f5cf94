package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.Round;
import de.norderstedt.go.ideas.RoundItem;
import de.norderstedt.go.ideas.RoundResults;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * One evaluation round, for the members of its working group: each idea with the person's
 * own sheet (to hand in, or handed in) and, once they handed theirs in, the totals; for
 * the chair the decision of each idea with a rationale, and closing the round when every
 * idea is decided.
 */
@Route("ideen/runden/:id")
@PermitAll
public class RoundView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final EvaluationService evaluation;

	private final LiveRegion status = LiveRegion.status();

	private final LiveRegion alert = LiveRegion.alert();

	private @Nullable Round round;

	private @Nullable String announcement;

	public RoundView(EvaluationService evaluation) {
		this.evaluation = evaluation;
		addClassName("page");
		addClassName("idea-round-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.round = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.evaluation::round)
			.orElseThrow(NotFoundException::new);
	}

	/** A message to show once the page is there (after a sheet was handed in). */
	void announce(String text) {
		this.announcement = text;
		this.status.show(text);
	}

	private void show(Locale locale) {
		Round shown = this.round;
		if (shown == null) {
			return;
		}
		shown = this.evaluation.round(shown.id()).orElse(shown);
		this.round = shown;
		removeAll();
		add(new H1(shown.title()));
		Paragraph facts = new Paragraph(getTranslation(shown.isOpen() ? "ideas.round.facts.open" : "ideas.round.facts",
				shown.group().name(locale), CityTime.longDay(shown.openedAt(), locale),
				shown.closedAt() == null ? "" : CityTime.longDay(shown.closedAt(), locale)));
		facts.addClassName("lead");
		add(facts);
		boolean chair = shown.isOpen() && this.evaluation.chairs(shown.id());
		List<RoundItem> items = this.evaluation.items(shown.id());
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-round-items");
		for (RoundItem item : items) {
			list.add(item(shown, item, chair, locale));
		}
		add(new Section(new H2(getTranslation("ideas.round.ideas")), list));
		if (chair) {
			Button close = new Button(getTranslation("ideas.round.close"), e -> close());
			close.addThemeName("primary");
			Div closing = new Div(new Paragraph(getTranslation("ideas.round.close.help")), this.alert, close);
			closing.addClassName("idea-form");
			add(new Section(new H2(getTranslation("ideas.round.close.heading")), closing));
		}
		RouterLink back = new RouterLink(getTranslation("ideas.round.back"), RoundsView.class);
		back.addClassName("button-link");
		add(this.status, new Paragraph(back));
		String message = this.announcement;
		if (message != null) {
			this.status.show(message);
		}
	}

	private ListItem item(Round shown, RoundItem item, boolean chair, Locale locale) {
		ListItem entry = new ListItem();
		entry.addClassName("card");
		entry.add(new H3(item.title()));
		entry.add(new Paragraph(getTranslation("ideas.round.item.state", getTranslation(item.state().messageKey()))));
		entry.add(new Paragraph(getTranslation(sheetKey(item.sheet()))));
		RoundResults results = item.results();
		if (results != null) {
			entry.add(new Paragraph(RoundTexts.results(this, results)));
		}
		if (item.sheet() == RoundItem.Sheet.OPEN && shown.isOpen()) {
			RouterLink score = new RouterLink(getTranslation("ideas.round.score", item.title()), ScoreView.class,
					new RouteParameters(new RouteParam("round", String.valueOf(shown.id())),
							new RouteParam("idea", String.valueOf(item.ideaId()))));
			score.addClassName("button-link");
			entry.add(new Paragraph(score));
		}
		IdeaState decision = item.decision();
		if (decision != null) {
			entry.add(new Paragraph(
					getTranslation("ideas.round.decided", getTranslation(decision.messageKey()), item.rationale())));
		}
		else if (chair) {
			entry.add(decisionForm(shown, item));
		}
		return entry;
	}

	private Component decisionForm(Round shown, RoundItem item) {
		RadioButtonGroup<IdeaState> decision = new RadioButtonGroup<>();
		decision.setLabel(getTranslation("ideas.round.decision", item.title()));
		decision.setItems(IdeaState.SELECTED, IdeaState.STORED, IdeaState.NOT_FEASIBLE);
		decision.setItemLabelGenerator(state -> getTranslation(decisionKey(state)));
		TextArea rationale = new TextArea(getTranslation("ideas.round.rationale"));
		rationale.setHelperText(getTranslation("ideas.round.rationale.help"));
		// parking: the day the idea comes back into a round
		DatePicker resubmitOn = DayTimeFields.day();
		DayTimeFields.translate(resubmitOn, getTranslation("ideas.answer.resubmit"), getLocale(),
				getTranslation("ideas.answer.day.today"), getTranslation("ideas.answer.day.cancel"),
				getTranslation("ideas.error.resubmit-day"));
		resubmitOn.setHelperText(getTranslation("ideas.answer.resubmit.help"));
		resubmitOn.setVisible(false);
		decision.addValueChangeListener(e -> resubmitOn.setVisible(e.getValue() == IdeaState.STORED));
		LiveRegion itemAlert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(itemAlert).field("decision", decision)
			.field("resubmitOn", resubmitOn)
			.field("rationale", rationale);
		Button save = new Button(getTranslation("ideas.round.decide", item.title()));
		save.addClickListener(e -> {
			if (refusals.attempt(() -> this.evaluation.decide(shown.id(), item.ideaId(), decision.getValue(),
					rationale.getValue(), resubmitOn.getValue()))) {
				this.announcement = getTranslation("ideas.round.decided.done", item.title());
				show(getLocale());
			}
		});
		Div form = new Div(decision, resubmitOn, rationale, itemAlert, save);
		form.addClassName("idea-form");
		return form;
	}

	private void close() {
		Round shown = this.round;
		if (shown == null) {
			return;
		}
		FormRefusals refusals = new FormRefusals(this.alert);
		if (refusals.attempt(() -> this.evaluation.close(shown.id()))) {
			this.announcement = getTranslation("ideas.round.closed");
			show(getLocale());
		}
	}

	/** How the chair's choices read ("selected", "into the idea store", …). */
	private static String decisionKey(IdeaState state) {
		return switch (state) {
			case SELECTED -> "ideas.round.decision.selected";
			case STORED -> "ideas.round.decision.stored";
			default -> "ideas.round.decision.not-feasible";
		};
	}

	private static String sheetKey(RoundItem.Sheet sheet) {
		return switch (sheet) {
			case OPEN -> "ideas.round.sheet.open";
			case SCORED -> "ideas.round.sheet.scored";
			case CONFLICT -> "ideas.round.sheet.conflict";
			case NOT_A_MEMBER -> "ideas.round.sheet.not-a-member";
		};
	}

	@Override
	public String getPageTitle() {
		Round shown = this.round;
		return shown == null ? Titles.of(this, "ideas.rounds.title") : shown.title() + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
