package de.norderstedt.go.ideas.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.Round;
import de.norderstedt.go.ideas.RoundCandidate;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The evaluation rounds of the person's working groups (an admin sees all), and for an
 * admin the form that opens a new round: a working group, a name, and the group's ideas
 * to evaluate.
 */
@Route("ideen/runden")
@PermitAll
public class RoundsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final EvaluationService evaluation;

	private final boolean admin;

	private final Select<Optional<IdeaGroup>> group = new Select<>();

	private final TextField title = new TextField();

	private final CheckboxGroup<RoundCandidate> candidates = new CheckboxGroup<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("group", this.group)
		.field("title", this.title)
		.field("ideas", this.candidates);

	public RoundsView(EvaluationService evaluation, IdeaService ideas, AccountService accounts) {
		this.evaluation = evaluation;
		this.admin = accounts.currentAccount().map(a -> a.roles().contains(Role.ADMIN)).orElse(false);
		addClassName("page");
		addClassName("idea-rounds-page");
		Choices.offer(this.group, ideas.groups());
		this.group.addValueChangeListener(e -> offerCandidates());
		this.title.setMaxLength(EvaluationService.MAX_TITLE_LENGTH * 2);
		this.candidates
			.setItemLabelGenerator(c -> c.due() ? getTranslation("ideas.rounds.new.idea.due", c.title()) : c.title());
		this.candidates.addClassName("news-choices");
	}

	private void offerCandidates() {
		Optional<IdeaGroup> chosen = this.group.getValue();
		List<RoundCandidate> offered = chosen == null || chosen.isEmpty() ? List.of()
				: this.evaluation.candidates(chosen.get().id());
		this.candidates.setItems(offered);
		// parked ideas whose Wiedervorlage has come go into the round in any case
		this.candidates.setItemEnabledProvider(c -> !c.due());
		this.candidates.setValue(offered.stream().filter(RoundCandidate::due).collect(Collectors.toSet()));
		this.candidates.setHelperText(offered.isEmpty() && chosen != null && chosen.isPresent()
				? getTranslation("ideas.rounds.new.ideas.none") : getTranslation("ideas.rounds.new.ideas.help"));
	}

	private void open() {
		Optional<IdeaGroup> chosen = this.group.getValue();
		Long groupId = chosen == null ? null : chosen.map(IdeaGroup::id).orElse(null);
		Set<Long> ideaIds = new HashSet<>();
		this.candidates.getValue().forEach(c -> ideaIds.add(c.id()));
		long[] opened = new long[1];
		if (this.refusals.attempt(() -> opened[0] = this.evaluation.open(groupId, this.title.getValue(), ideaIds))) {
			UI.getCurrent()
				.navigate(RoundView.class, new RouteParameters("id", String.valueOf(opened[0])))
				.ifPresent(view -> view.announce(getTranslation("ideas.rounds.new.done")));
		}
	}

	private void show(Locale locale) {
		removeAll();
		add(new H1(getTranslation("ideas.rounds.title")));
		Paragraph lead = new Paragraph(getTranslation("ideas.rounds.lead"));
		lead.addClassName("lead");
		add(lead);
		List<Round> rounds = this.evaluation.myRounds();
		if (rounds.isEmpty()) {
			add(new Paragraph(
					getTranslation(this.evaluation.takesPart() ? "ideas.rounds.none" : "ideas.rounds.not-a-member")));
		}
		else {
			UnorderedList list = new UnorderedList();
			list.addClassName("idea-round-list");
			for (Round round : rounds) {
				RouterLink link = new RouterLink(round.title(), RoundView.class,
						new RouteParameters("id", String.valueOf(round.id())));
				Paragraph facts = new Paragraph(
						getTranslation(round.isOpen() ? "ideas.round.facts.open" : "ideas.round.facts",
								round.group().name(locale), CityTime.longDay(round.openedAt(), locale),
								round.closedAt() == null ? "" : CityTime.longDay(round.closedAt(), locale)));
				list.add(new ListItem(link, facts));
			}
			add(list);
		}
		if (this.admin) {
			this.group.setLabel(getTranslation("ideas.rounds.new.group"));
			Choices.label(this.group, g -> g.name(locale), getTranslation("ideas.rounds.new.group.none"));
			this.title.setLabel(getTranslation("ideas.rounds.new.name"));
			this.title.setHelperText(getTranslation("ideas.rounds.new.name.help"));
			this.candidates.setLabel(getTranslation("ideas.rounds.new.ideas"));
			offerCandidates();
			Button open = new Button(getTranslation("ideas.rounds.new.open"), e -> open());
			open.addThemeName("primary");
			Div form = new Div(this.group, this.title, this.candidates, this.alert, open);
			form.addClassName("idea-form");
			add(new Section(new H2(getTranslation("ideas.rounds.new")), form));
		}
		add(this.status);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.rounds.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
