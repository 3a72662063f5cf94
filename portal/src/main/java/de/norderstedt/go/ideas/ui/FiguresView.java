package de.norderstedt.go.ideas.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.DeskItem;
import de.norderstedt.go.ideas.IdeaChannel;
import de.norderstedt.go.ideas.IdeaFigures;
import de.norderstedt.go.ideas.IdeaFiguresService;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * For staff: the Ideenspeicher in figures — ideas by state, working group and channel,
 * the median time to a first answer, the share of justified changes of state, and the
 * ideas whose first answer is overdue — and the link to the open data.
 */
@Route("ideen/uebersicht")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class FiguresView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final IdeaFiguresService figures;

	public FiguresView(IdeaFiguresService figures) {
		this.figures = figures;
		addClassName("page");
		addClassName("idea-figures-page");
	}

	private void show(Locale locale) {
		removeAll();
		IdeaFigures figures = this.figures.figures();
		Paragraph lead = new Paragraph(getTranslation("ideas.figures.lead", figures.total()));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.figures.title")), lead);

		Section answers = section("answers", "ideas.figures.answers.title");
		Duration median = figures.medianFirstAnswer();
		answers.add(new Paragraph(median == null ? getTranslation("ideas.figures.median.none")
				: getTranslation("ideas.figures.median", days(median), figures.answered())));
		answers.add(new Paragraph(getTranslation("ideas.figures.justified", figures.justifiedPercent(),
				figures.justified(), figures.transitions())));
		add(answers);

		Section states = section("states", "ideas.figures.states.title");
		NativeTableBody byState = table(states, "states", "ideas.figures.column.state");
		for (Map.Entry<IdeaState, Integer> entry : figures.byState().entrySet()) {
			row(byState, getTranslation(entry.getKey().messageKey()), entry.getValue());
		}
		add(states);

		Section groups = section("groups", "ideas.figures.groups.title");
		NativeTableBody byGroup = table(groups, "groups", "ideas.figures.column.group");
		for (Map.Entry<IdeaGroup, Integer> entry : figures.byGroup().entrySet()) {
			row(byGroup, entry.getKey().name(locale), entry.getValue());
		}
		row(byGroup, getTranslation("ideas.figures.no-group"), figures.withoutGroup());
		add(groups);

		Section channels = section("channels", "ideas.figures.channels.title");
		NativeTableBody byChannel = table(channels, "channels", "ideas.figures.column.channel");
		for (Map.Entry<IdeaChannel, Integer> entry : figures.byChannel().entrySet()) {
			row(byChannel, getTranslation(entry.getKey().messageKey()), entry.getValue());
		}
		add(channels);

		Section overdue = section("overdue", "ideas.figures.overdue.title");
		if (figures.overdue().isEmpty()) {
			overdue.add(new Paragraph(getTranslation("ideas.figures.overdue.none")));
		}
		else {
			overdue.add(new Paragraph(getTranslation("ideas.figures.overdue.count", figures.overdue().size())));
			UnorderedList list = new UnorderedList();
			list.addClassName("link-list");
			for (DeskItem item : figures.overdue()) {
				Anchor idea = new Anchor("ideen/" + item.id(), item.title());
				list.add(new ListItem(idea, new Paragraph(
						getTranslation("ideas.figures.overdue.since", CityTime.day(item.deadline(), locale)))));
			}
			overdue.add(list);
		}
		add(overdue);

		Section open = section("open-data", "ideas.figures.open-data.title");
		open.add(new Paragraph(getTranslation("ideas.figures.open-data.text")));
		Anchor download = new Anchor(IdeasView.OPEN_DATA + "?sprache=" + locale.getLanguage(),
				getTranslation("ideas.figures.open-data.link"));
		download.getElement().setAttribute("download", true);
		download.getElement().setAttribute("router-ignore", true);
		download.addClassName("button-link");
		open.add(download);
		add(open);
	}

	private Section section(String name, String titleKey) {
		H2 heading = new H2(getTranslation(titleKey));
		heading.setId("idea-figures-" + name);
		Section section = new Section(heading);
		section.getElement().setAttribute("aria-labelledby", "idea-figures-" + name);
		return section;
	}

	private NativeTableBody table(Section section, String name, String firstColumn) {
		NativeTable table = new NativeTable();
		table.addClassName("data-table");
		table.getElement().setAttribute("aria-labelledby", "idea-figures-" + name);
		table.getHead().addRow().add(header(firstColumn), header("ideas.figures.column.count"));
		NativeTableBody body = table.addBody();
		Div wrapper = new Div(table);
		wrapper.addClassName("table-scroll");
		section.add(wrapper);
		return body;
	}

	private NativeTableHeaderCell header(String key) {
		NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
		cell.getElement().setAttribute("scope", "col");
		return cell;
	}

	private static void row(NativeTableBody body, String label, int count) {
		NativeTableHeaderCell name = new NativeTableHeaderCell(label);
		name.getElement().setAttribute("scope", "row");
		body.addRow().add(name, new NativeTableCell(String.valueOf(count)));
	}

	/** Days, rounded to one decimal (a median of hours still says "0,2 Tage"). */
	private String days(Duration duration) {
		double days = duration.toMinutes() / 1440.0;
		return String.format(getLocale(), "%.1f", days);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.figures.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
