package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.DeskItem;
import de.norderstedt.go.ideas.IdeaDeskService;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
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

/**
 * A working group's desk: the published ideas waiting for the group's first answer, with
 * the day it is due (overdue ones first and said so in words), and parked ideas whose
 * Wiedervorlage has come.
 */
@Route("ideen/arbeitskreis")
@PermitAll
public class DeskView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final IdeaDeskService desk;

	private final IdeaService ideas;

	public DeskView(IdeaDeskService desk, IdeaService ideas) {
		this.desk = desk;
		this.ideas = ideas;
		addClassName("page");
		addClassName("idea-desk-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.desk.hasDesk()) {
			throw new NotFoundException();
		}
	}

	private void show(Locale locale) {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.desk.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.desk.title")), lead);
		List<DeskItem> items = this.desk.desk();
		add(new Paragraph(getTranslation("ideas.desk.count", items.size())));
		Map<Long, IdeaGroup> groups = this.ideas.groups()
			.stream()
			.collect(Collectors.toMap(IdeaGroup::id, Function.identity()));
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-list");
		for (DeskItem item : items) {
			Anchor answer = new Anchor("ideen/arbeitskreis/" + item.id(),
					getTranslation("ideas.desk.answer", item.title()));
			answer.addClassName("button-link");
			IdeaGroup group = groups.get(item.groupId());
			String due = CityTime.day(item.deadline(), locale);
			String when = item.state() == IdeaState.STORED ? getTranslation("ideas.desk.resubmit-due", due)
					: getTranslation(item.overdue() ? "ideas.desk.overdue" : "ideas.desk.due", due);
			Paragraph facts = new Paragraph(getTranslation("ideas.desk.facts",
					getTranslation(item.state().messageKey()), group == null ? "" : group.name(locale), when));
			facts.addClassName("idea-facts");
			ListItem entry = new ListItem(new H2(item.title()), facts, answer);
			entry.addClassName("card");
			if (item.overdue()) {
				entry.addClassName("idea-overdue");
			}
			list.add(entry);
		}
		add(list);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.desk.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
