package de.norderstedt.go.ideas.ui;

import java.time.Instant;
import java.util.Locale;
import java.util.function.BiConsumer;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.Milestone;
import de.norderstedt.go.ideas.Project;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A project for everyone: what it does, how much is done, its milestones with their days
 * (reached or planned), and the idea it came from.
 */
@Route("ideen/projekte/:id")
@AnonymousAllowed
public class ProjectView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final ProjectService projects;

	private @Nullable Project project;

	public ProjectView(ProjectService projects) {
		this.projects = projects;
		addClassName("page");
		addClassName("project-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.project = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.projects::project)
			.orElseThrow(NotFoundException::new);
		// from one project to another the router keeps this view
		if (isAttached()) {
			show(this.project, getLocale());
		}
	}

	private void show(Project shown, Locale locale) {
		removeAll();
		add(new H1(shown.title()));
		Paragraph state = new Paragraph(
				getTranslation("ideas.project.state", getTranslation(shown.ideaState().messageKey())));
		state.addClassName("idea-state");
		Instant finished = shown.finishedAt();
		Paragraph when = new Paragraph(
				finished != null ? getTranslation("ideas.project.finished-on", CityTime.longDay(finished, locale))
						: getTranslation("ideas.project.started-on", CityTime.longDay(shown.startedAt(), locale)));
		when.addClassName("idea-facts");
		Paragraph summary = new Paragraph(shown.summary());
		summary.addClassName("idea-text");
		add(state, when, ProjectProgress.of(this, shown.percentDone()), summary);
		add(milestones(this, shown, locale));
		Anchor idea = new Anchor("ideen/" + shown.ideaId(), getTranslation("ideas.project.idea", shown.ideaTitle()));
		idea.addClassName("button-link");
		Anchor all = new Anchor("ideen/projekte", getTranslation("ideas.project.all"));
		all.addClassName("button-link");
		Div links = new Div(idea, all);
		links.addClassName("actions");
		add(links);
	}

	/**
	 * The project's milestones in their order, each with its day and whether it is
	 * reached (also shown to the person who holds the idea's receipt code).
	 */
	static Section milestones(Component texts, Project shown, Locale locale) {
		return milestones(texts, shown, locale, (milestone, item) -> {
		});
	}

	/**
	 * The milestones as {@link #milestones(Component, Project, Locale)}, each item given
	 * to {@code more} to add to (the buttons of the people who run the project).
	 */
	static Section milestones(Component texts, Project shown, Locale locale, BiConsumer<Milestone, ListItem> more) {
		Section section = new Section(new H2(texts.getTranslation("ideas.project.milestones")));
		section.addClassName("project-milestones");
		if (shown.milestones().isEmpty()) {
			section.add(new Paragraph(texts.getTranslation("ideas.project.milestones.none")));
			return section;
		}
		OrderedList list = new OrderedList();
		list.addClassName("idea-timeline");
		for (Milestone milestone : shown.milestones()) {
			H3 title = new H3(milestone.title());
			title.addClassName("idea-timeline-state");
			Instant reached = milestone.reachedAt();
			Paragraph when = new Paragraph(reached != null
					? texts.getTranslation("ideas.project.milestone.reached", CityTime.longDay(reached, locale))
					: texts.getTranslation("ideas.project.milestone.due", CityTime.day(milestone.dueOn(), locale)));
			ListItem item = new ListItem(title, when);
			String description = milestone.description();
			if (description != null) {
				Paragraph text = new Paragraph(description);
				text.addClassName("idea-text");
				item.add(text);
			}
			more.accept(milestone, item);
			list.add(item);
		}
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		Project shown = this.project;
		return shown == null ? Titles.of(this, "ideas.projects.title") : shown.title() + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Project shown = this.project;
		if (shown != null) {
			show(shown, event.getLocale());
		}
		Titles.update(this);
	}

}
