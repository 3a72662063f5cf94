package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.ProjectSummary;
import de.norderstedt.go.web.CityTime;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The projects that came from residents' ideas, for everyone: running ones first, each
 * with how much is done, in words and as a bar.
 */
@Route("ideen/projekte")
@AnonymousAllowed
public class ProjectsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final ProjectService projects;

	public ProjectsView(ProjectService projects) {
		this.projects = projects;
		addClassName("page");
		addClassName("projects-page");
	}

	private void show(Locale locale) {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.projects.lead"));
		lead.addClassName("lead");
		Anchor ideas = new Anchor("ideen", getTranslation("ideas.projects.ideas"));
		ideas.addClassName("button-link");
		Div links = new Div(ideas);
		links.addClassName("actions");
		add(new H1(getTranslation("ideas.projects.title")), lead, links);
		List<ProjectSummary> shown = this.projects.projects();
		add(new Paragraph(getTranslation("ideas.projects.count", shown.size())));
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-list");
		for (ProjectSummary project : shown) {
			Anchor link = new Anchor("ideen/projekte/" + project.id(), project.title());
			H2 heading = new H2(link);
			Paragraph facts = new Paragraph(facts(project, locale));
			facts.addClassName("idea-facts");
			ListItem item = new ListItem(heading, ProjectProgress.of(this, project.percentDone()), facts);
			item.addClassName("card");
			list.add(item);
		}
		add(list);
	}

	private String facts(ProjectSummary project, Locale locale) {
		java.time.Instant finished = project.finishedAt();
		String when = finished != null ? getTranslation("ideas.project.finished-on", CityTime.longDay(finished, locale))
				: getTranslation("ideas.project.started-on", CityTime.longDay(project.startedAt(), locale));
		return getTranslation("ideas.projects.facts", when, project.reached(), project.milestones());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.projects.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
