package de.norderstedt.go.ideas.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaFilter;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaSort;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.IdeaSummary;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The published ideas for everyone: searched by words, narrowed to a state, a working
 * group or a district, and ordered by newest, most supported or latest decision. Each
 * choice changes the list at once and says how many ideas it shows.
 */
@Route("ideen")
@AnonymousAllowed
public class IdeasView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	/** The published ideas as open data (served outside Vaadin). */
	static final String OPEN_DATA = "ideen/offene-daten.csv";

	/** What a person can choose to see: every state but the one not yet public. */
	private static final List<IdeaState> PUBLIC_STATES = Arrays.stream(IdeaState.values())
		.filter(state -> state != IdeaState.SUBMITTED)
		.toList();

	private final IdeaService ideas;

	private final NewsService news;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final Anchor submit = new Anchor("ideen/neu", "");

	private final Anchor receipt = new Anchor("ideen/beleg", "");

	private final Anchor decisions = new Anchor("ideen/entscheidungen", "");

	private final Anchor openData = new Anchor(OPEN_DATA, "");

	private final Anchor projects = new Anchor("ideen/projekte", "");

	private final H2 filterHeading = new H2();

	private final TextField search = new TextField();

	private final Button searchButton = new Button();

	private final Select<Optional<IdeaState>> state = new Select<>();

	private final Select<Optional<IdeaGroup>> group = new Select<>();

	private final Select<Optional<District>> district = new Select<>();

	private final Select<IdeaSort> sort = new Select<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("search", this.search);

	private final H2 listHeading = new H2();

	private final LiveRegion count = LiveRegion.status();

	private final UnorderedList list = new UnorderedList();

	public IdeasView(IdeaService ideas, NewsService news) {
		this.ideas = ideas;
		this.news = news;
		addClassName("page");
		addClassName("ideas-page");
		this.lead.addClassName("lead");
		this.submit.addClassName("button-link");
		this.receipt.addClassName("button-link");
		this.decisions.addClassName("button-link");
		this.openData.getElement().setAttribute("router-ignore", true);
		this.openData.getElement().setAttribute("download", true);
		this.openData.addClassName("button-link");
		this.projects.addClassName("button-link");
		Div links = new Div(this.submit, this.receipt, this.decisions, this.projects, this.openData);
		links.addClassName("actions");

		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		this.search.addKeyDownListener(Key.ENTER, e -> showList());
		this.searchButton.addClickListener(e -> showList());
		Choices.offer(this.state, PUBLIC_STATES);
		Choices.offer(this.group, ideas.groups());
		Choices.offer(this.district, news.districts());
		this.sort.setItems(IdeaSort.values());
		this.sort.setValue(IdeaSort.NEWEST);
		this.state.addValueChangeListener(e -> showList());
		this.group.addValueChangeListener(e -> showList());
		this.district.addValueChangeListener(e -> showList());
		this.sort.addValueChangeListener(e -> showList());
		Div searchRow = new Div(this.search, this.searchButton);
		searchRow.addClassName("idea-search");
		Div choices = new Div(this.state, this.group, this.district, this.sort);
		choices.addClassName("idea-filters");
		this.count.addClassName("idea-count");
		this.list.addClassName("idea-list");
		add(this.heading, this.lead, links, new Section(this.filterHeading, searchRow, this.alert, choices),
				new Section(this.listHeading, this.count, this.list));
	}

	private void showList() {
		Locale locale = getLocale();
		this.refusals.attempt(() -> {
			List<IdeaSummary> found = this.ideas.published(new IdeaFilter(this.state.getValue().orElse(null),
					this.group.getValue().map(IdeaGroup::id).orElse(null),
					this.district.getValue().map(District::id).orElse(null), null, this.search.getValue(),
					this.sort.getValue()));
			Map<Long, String> groups = this.ideas.groups()
				.stream()
				.collect(Collectors.toMap(IdeaGroup::id, g -> g.name(locale)));
			this.list.removeAll();
			found.forEach(idea -> this.list.add(item(idea, groups)));
			this.count.show(getTranslation("ideas.list.count", found.size()));
		});
	}

	private ListItem item(IdeaSummary idea, Map<Long, String> groups) {
		Anchor link = new Anchor("ideen/" + idea.id(), idea.title());
		H3 title = new H3(link);
		Long groupId = idea.groupId();
		String group = groupId == null ? getTranslation("ideas.page.no-group")
				: groups.getOrDefault(groupId, getTranslation("ideas.page.no-group"));
		Paragraph facts = new Paragraph(getTranslation("ideas.list.facts", getTranslation(idea.state().messageKey()),
				group, idea.supporters()));
		facts.addClassName("idea-facts");
		ListItem item = new ListItem(title, facts);
		item.addClassName("card");
		return item;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.list.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.heading.setText(getTranslation("ideas.list.title"));
		this.lead.setText(getTranslation("ideas.list.lead"));
		this.submit.setText(getTranslation("ideas.submit.title"));
		this.receipt.setText(getTranslation("ideas.receipt.find.title"));
		this.decisions.setText(getTranslation("ideas.decisions.title"));
		this.openData.setText(getTranslation("ideas.list.open-data"));
		this.openData.setHref(OPEN_DATA + "?sprache=" + locale.getLanguage());
		this.projects.setText(getTranslation("ideas.projects.title"));
		this.filterHeading.setText(getTranslation("ideas.list.filters"));
		this.search.setLabel(getTranslation("ideas.list.search"));
		this.search.setHelperText(getTranslation("ideas.list.search.help"));
		this.searchButton.setText(getTranslation("ideas.list.search.go"));
		this.state.setLabel(getTranslation("ideas.list.state"));
		Choices.label(this.state, x -> getTranslation(x.messageKey()), getTranslation("ideas.list.state.all"));
		this.group.setLabel(getTranslation("ideas.list.group"));
		Choices.label(this.group, x -> x.name(locale), getTranslation("ideas.list.group.all"));
		this.district.setLabel(getTranslation("ideas.list.district"));
		Choices.label(this.district, x -> x.name(locale), getTranslation("ideas.list.district.all"));
		this.sort.setLabel(getTranslation("ideas.list.sort"));
		Function<IdeaSort, String> sortLabel = s -> getTranslation(
				"ideas.list.sort." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		this.sort.setItemLabelGenerator(sortLabel::apply);
		this.listHeading.setText(getTranslation("ideas.list.found"));
		showList();
		Titles.update(this);
	}

}
